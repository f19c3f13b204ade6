package org.openhall.participation.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.participation.application.port.out.CommentRepository;
import org.openhall.participation.domain.Comment;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.CommentStatus;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.adapter.out.persistence.VersionedRows;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the public's comments in PostgreSQL, one versioned row each. Saving runs in the caller's
 * transaction; a stale comment is refused with {@link ConcurrentUpdate}.
 */
@Component
@SecondaryAdapter
public class CommentPersistenceAdapter implements CommentRepository {

    private static final String RESOURCE = "comment";
    private static final String PRIMARY_KEY = "participation_comment_pkey";
    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"));

    private final CommentRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final CommentMapper mapper;
    private final PersonalDataCipher cipher;

    public CommentPersistenceAdapter(CommentRowRepository rows, JdbcAggregateOperations aggregates,
            CommentMapper mapper, PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Comment> findById(CommentId id) {
        return rows.findById(id.value()).map(this::restore);
    }

    @Override
    @Transactional
    public Comment save(Comment comment) {
        CommentRow row = mapper.toRow(comment.snapshot(), cipher);
        return restore(VersionedRows.store(aggregates, row, row.version() == 0, PRIMARY_KEY, RESOURCE,
                comment.getId().toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Comment> findByDraft(DraftDecisionId draftId, Optional<CommentStatus> status, PageRequest page) {
        var found = aggregates.findAll(Query.query(ofDraft(draftId, status)), CommentRow.class,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size(), OLDEST_FIRST));
        return Page.of(found.getContent().stream().map(this::restore).toList(), page, found.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Comment> findAllByDraft(DraftDecisionId draftId) {
        return aggregates.findAll(Query.query(ofDraft(draftId, Optional.empty())).sort(OLDEST_FIRST), CommentRow.class)
                .stream().map(this::restore).toList();
    }

    private static Criteria ofDraft(DraftDecisionId draftId, Optional<CommentStatus> status) {
        Criteria criteria = Criteria.where("draftId").is(draftId.value());
        if (status.isPresent()) {
            criteria = criteria.and("status").is(status.get().name());
        }
        return criteria;
    }

    private Comment restore(CommentRow row) {
        return Comment.restore(mapper.toSnapshot(row, cipher));
    }
}
