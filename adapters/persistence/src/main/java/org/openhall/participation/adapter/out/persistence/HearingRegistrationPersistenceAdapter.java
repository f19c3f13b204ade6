package org.openhall.participation.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.participation.application.port.out.HearingRegistrationRepository;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingRegistration;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.adapter.out.persistence.VersionedRows;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps registrations for hearings in PostgreSQL. They are only ever inserted: storing one a second
 * time is refused with {@link ConcurrentUpdate}.
 */
@Component
@SecondaryAdapter
public class HearingRegistrationPersistenceAdapter implements HearingRegistrationRepository {

    private static final String RESOURCE = "registration";
    private static final String PRIMARY_KEY = "participation_hearing_registration_pkey";
    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("registeredAt"), Sort.Order.asc("id"));

    private final RegistrationRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final RegistrationMapper mapper;
    private final PersonalDataCipher cipher;

    public HearingRegistrationPersistenceAdapter(RegistrationRowRepository rows, JdbcAggregateOperations aggregates,
            RegistrationMapper mapper, PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HearingRegistration> findById(RegistrationId id) {
        return rows.findById(id.value()).map(this::restore);
    }

    @Override
    @Transactional
    public HearingRegistration save(HearingRegistration registration) {
        RegistrationRow row = mapper.toRow(registration.snapshot(), cipher);
        if (row.version() != 0) {
            throw new ConcurrentUpdate(RESOURCE, registration.getId().toString());
        }
        return restore(VersionedRows.store(aggregates, row, true, PRIMARY_KEY, RESOURCE,
                registration.getId().toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HearingRegistration> findByHearing(HearingId hearingId) {
        return aggregates.findAll(Query.query(Criteria.where("hearingId").is(hearingId.value())).sort(OLDEST_FIRST),
                RegistrationRow.class).stream().map(this::restore).toList();
    }

    private HearingRegistration restore(RegistrationRow row) {
        return HearingRegistration.restore(mapper.toSnapshot(row, cipher));
    }
}
