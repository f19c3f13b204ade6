package org.openhall.complaint.adapter.out.persistence.hotline;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.complaint.application.port.out.HotlineCallRepository;
import org.openhall.complaint.domain.hotline.CallId;
import org.openhall.complaint.domain.hotline.HotlineCall;
import org.openhall.shared.adapter.out.persistence.VersionedRows;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps hotline calls in PostgreSQL, one versioned row each. Two events of one call stored at
 * once — or two first events of a new call — end in {@link ConcurrentUpdate} for the later one,
 * never in an overwrite.
 */
@Component
@SecondaryAdapter
public class HotlineCallPersistenceAdapter implements HotlineCallRepository {

    private static final String RESOURCE = "hotline-call";
    private static final String PRIMARY_KEY = "hotline_call_pkey";

    private final HotlineCallRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final HotlineCallMapper mapper;
    private final PersonalDataCipher cipher;

    public HotlineCallPersistenceAdapter(HotlineCallRowRepository rows, JdbcAggregateOperations aggregates,
            HotlineCallMapper mapper, PersonalDataCipher cipher) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
        this.cipher = cipher;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HotlineCall> findById(CallId id) {
        return rows.findById(id.value()).map(this::restore);
    }

    @Override
    @Transactional
    public HotlineCall save(HotlineCall call) {
        // The caller's number is personal data: stored sealed, like every phone number.
        HotlineCallRow plain = mapper.toRow(call.snapshot());
        HotlineCallRow row = plain.withCallerNumber(cipher.seal(plain.callerNumber()));
        return restore(VersionedRows.store(aggregates, row, row.version() == 0, PRIMARY_KEY, RESOURCE,
                call.getId().value()));
    }

    private HotlineCall restore(HotlineCallRow row) {
        return HotlineCall.restore(mapper.toSnapshot(row.withCallerNumber(cipher.open(row.callerNumber()))));
    }
}
