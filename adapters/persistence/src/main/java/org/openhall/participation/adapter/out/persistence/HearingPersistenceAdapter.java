package org.openhall.participation.adapter.out.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.participation.application.port.out.HearingRepository;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.Hearing;
import org.openhall.participation.domain.HearingId;
import org.openhall.shared.adapter.out.persistence.VersionedRows;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps hearings in PostgreSQL: one versioned row each, with the representatives and materials as
 * ordered child rows. Saving runs in the caller's transaction; a stale hearing is refused with
 * {@link ConcurrentUpdate}.
 */
@Component
@SecondaryAdapter
public class HearingPersistenceAdapter implements HearingRepository {

    private static final String RESOURCE = "hearing";
    private static final String PRIMARY_KEY = "participation_hearing_pkey";

    private final HearingRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final HearingMapper mapper;

    public HearingPersistenceAdapter(HearingRowRepository rows, JdbcAggregateOperations aggregates,
            HearingMapper mapper) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Hearing> findById(HearingId id) {
        return rows.findById(id.value()).map(this::restore);
    }

    @Override
    @Transactional
    public Hearing save(Hearing hearing) {
        HearingRow row = mapper.toRow(hearing.snapshot());
        return restore(VersionedRows.store(aggregates, row, row.version() == 0, PRIMARY_KEY, RESOURCE,
                hearing.getId().toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Hearing> findByDraft(DraftDecisionId draftId) {
        // A draft has a handful of hearings at most: they are ordered here rather than by the database.
        return aggregates.findAll(Query.query(Criteria.where("draftId").is(draftId.value())), HearingRow.class)
                .stream()
                .sorted(Comparator.comparing(HearingRow::heldOn).thenComparing(HearingRow::announcedAt))
                .map(this::restore)
                .toList();
    }

    private Hearing restore(HearingRow row) {
        return Hearing.restore(mapper.toSnapshot(row));
    }
}
