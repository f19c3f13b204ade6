package org.openhall.catalog.adapter.out.persistence;

import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.catalog.application.port.out.ItemDraftRepository;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemDraft;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps drafts in PostgreSQL, as rows of the version table without number and period; a unique
 * index allows one per item, so that two drafts started at once end in {@link ConcurrentUpdate}.
 */
@Component
@SecondaryAdapter
public class ItemDraftPersistenceAdapter implements ItemDraftRepository {

    private final ApprovalItemVersionRowRepository rows;
    private final VersionRowQueries queries;
    private final JdbcAggregateOperations aggregates;
    private final ApprovalItemVersionMapper mapper;

    public ItemDraftPersistenceAdapter(ApprovalItemVersionRowRepository rows, VersionRowQueries queries,
            JdbcAggregateOperations aggregates, ApprovalItemVersionMapper mapper) {
        this.rows = rows;
        this.queries = queries;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ItemDraft> findByCode(ApprovalItemCode code) {
        return rows.findByCodeAndStatus(code.value(), ApprovalItemVersionRow.DRAFT).map(mapper::toDraft);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ItemDraft> findAll(PageRequest page) {
        return queries.page("v.status = 'DRAFT'", Map.of(), page).map(mapper::toDraft);
    }

    @Override
    @Transactional
    public void save(ItemDraft draft) {
        ApprovalItemVersionRow row = mapper.toRow(draft);
        Optional<Long> stored = rows.draftIdOf(draft.code().value());
        try {
            if (stored.isPresent()) {
                aggregates.update(row.withId(stored.get()));
            } else {
                aggregates.insert(row);
            }
        } catch (RuntimeException e) {
            if (ApprovalItemPersistenceAdapter.isDuplicate(e)) {
                throw new ConcurrentUpdate("draft", draft.code().value());
            }
            throw e;
        }
    }

    @Override
    @Transactional
    public void delete(ApprovalItemCode code) {
        rows.draftIdOf(code.value()).ifPresent(rows::deleteById);
    }
}
