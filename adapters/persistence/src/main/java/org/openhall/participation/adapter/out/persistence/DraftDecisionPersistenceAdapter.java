package org.openhall.participation.adapter.out.persistence;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.participation.application.port.out.DraftDecisionRepository;
import org.openhall.participation.application.port.out.DraftFilter;
import org.openhall.participation.domain.DraftDecision;
import org.openhall.participation.domain.DraftDecisionId;
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
 * Keeps draft decisions in PostgreSQL, one versioned row each. Saving runs in the caller's
 * transaction; a stale draft is refused with {@link ConcurrentUpdate}.
 */
@Component
@SecondaryAdapter
public class DraftDecisionPersistenceAdapter implements DraftDecisionRepository {

    private static final String RESOURCE = "decision-draft";
    private static final String PRIMARY_KEY = "participation_draft_pkey";
    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("opensOn"), Sort.Order.desc("publishedAt"),
            Sort.Order.desc("id"));

    private final DraftRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final DraftMapper mapper;

    public DraftDecisionPersistenceAdapter(DraftRowRepository rows, JdbcAggregateOperations aggregates,
            DraftMapper mapper) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DraftDecision> findById(DraftDecisionId id) {
        return rows.findById(id.value()).map(this::restore);
    }

    @Override
    @Transactional
    public DraftDecision save(DraftDecision draft) {
        DraftRow row = mapper.toRow(draft.snapshot());
        // Version 0 means "never stored": insert. Anything else is an update guarded by the version.
        return restore(VersionedRows.store(aggregates, row, row.version() == 0, PRIMARY_KEY, RESOURCE,
                draft.getId().toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DraftDecision> findAll(DraftFilter filter, PageRequest page) {
        Criteria criteria = Criteria.empty();
        if (filter.department().isPresent()) {
            criteria = criteria.and("department").is(filter.department().get().value());
        }
        if (filter.publicOn().isPresent()) {
            criteria = criteria.and("opensOn").lessThanOrEquals(filter.publicOn().get());
        }
        var found = aggregates.findAll(Query.query(criteria), DraftRow.class,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size(), LATEST_FIRST));
        return Page.of(found.getContent().stream().map(this::restore).toList(), page, found.getTotalElements());
    }

    private DraftDecision restore(DraftRow row) {
        return DraftDecision.restore(mapper.toSnapshot(row));
    }
}
