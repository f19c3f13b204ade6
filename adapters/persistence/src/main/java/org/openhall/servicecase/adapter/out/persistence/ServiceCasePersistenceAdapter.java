package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.CaseTransition;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.HallScope;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.adapter.out.persistence.VersionedRows;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps cases in PostgreSQL: the case itself as one versioned row with child rows, and its
 * transitions appended to their own table.
 *
 * <p>Saving runs in the caller's transaction (a use case stores case, transitions and events
 * together) and opens one only when called outside any. A stale case is refused with
 * {@link ConcurrentUpdate}; that failure leaves the transaction to be rolled back by its owner.
 */
@Component
@SecondaryAdapter
public class ServiceCasePersistenceAdapter implements ServiceCaseRepository {

    private static final String RESOURCE = "case";
    private static final String PRIMARY_KEY = "service_case_pkey";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("number"));
    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("receivedAt"), Sort.Order.asc("number"));
    private static final Set<CaseStatus> OPEN = CaseStatus.OPEN;

    private final ServiceCaseRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final CaseTransitionLog transitions;
    private final ServiceCaseMapper mapper;
    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public ServiceCasePersistenceAdapter(ServiceCaseRowRepository rows, JdbcAggregateOperations aggregates,
            CaseTransitionLog transitions, ServiceCaseMapper mapper, JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.rows = rows;
        this.aggregates = aggregates;
        this.transitions = transitions;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceCase> findById(ServiceCaseId id) {
        return rows.findById(id.value()).map(this::restore);
    }

    @Override
    @Transactional
    public ServiceCase save(ServiceCase serviceCase) {
        List<CaseTransition> recorded = serviceCase.pullTransitions();
        ServiceCaseRow row = mapper.toRow(serviceCase.snapshot(), cipher);
        // Version 0 means "never stored": insert. Anything else is an update guarded by the version.
        ServiceCaseRow stored = VersionedRows.store(aggregates, row, row.version() == 0, PRIMARY_KEY, RESOURCE,
                serviceCase.getId().toString());
        transitions.append(recorded);
        // The stored row carries the version the database now holds: no need to read the case again.
        return restore(stored);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ServiceCase> findAll(CaseListFilter filter, PageRequest page) {
        Criteria criteria = Criteria.empty();
        if (filter.status().isPresent()) {
            criteria = criteria.and("status").is(filter.status().get().name());
        }
        if (filter.department().isPresent()) {
            criteria = criteria.and("department").is(filter.department().get().value());
        }
        if (filter.handledAt().isPresent()) {
            // What HallScope.covers keeps: every city case for city staff, else the staff's own hall's.
            HallScope staffHall = filter.handledAt().get();
            criteria = criteria.and("hallLevel").is(staffHall.level().name());
            if (staffHall.level() != AdministrativeLevel.CITY) {
                criteria = criteria.and("hallCode").is(staffHall.hall());
            }
        }
        if (filter.applicantIdNumber().isPresent()) {
            criteria = criteria.and("applicantIdNumberIndex")
                    .in(cipher.blindIndexes(PersonalDataKind.ID_NUMBER, filter.applicantIdNumber().get().value()));
        }
        if (filter.applicantPhone().isPresent()) {
            criteria = criteria.and("applicantPhoneIndex")
                    .in(cipher.blindIndexes(PersonalDataKind.PHONE, filter.applicantPhone().get().value()));
        }
        var found = aggregates.findAll(Query.query(criteria), ServiceCaseRow.class,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size(), NEWEST_FIRST));
        return Page.of(found.getContent().stream().map(this::restore).toList(), page, found.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ServiceCase> findOpenAtWindows(Set<WindowCode> windows, PageRequest page) {
        Criteria criteria = Criteria.where("windowCode").in(windows.stream().map(WindowCode::value).toList())
                .and("status").in(OPEN.stream().map(CaseStatus::name).toList());
        var found = aggregates.findAll(Query.query(criteria), ServiceCaseRow.class,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size(), OLDEST_FIRST));
        return Page.of(found.getContent().stream().map(this::restore).toList(), page, found.getTotalElements());
    }

    @Override
    @Transactional
    public List<ServiceCaseId> lockReceiptsAwaitingAcceptance(LocalDate receivedOnOrBefore, int limit) {
        return jdbc.sql("""
                SELECT id FROM service_case
                WHERE status = 'SUBMITTED' AND round_received_on <= :cutoff
                ORDER BY round_received_on, received_at
                LIMIT :limit
                FOR UPDATE SKIP LOCKED
                """)
                .param("cutoff", receivedOnOrBefore)
                .param("limit", limit)
                .query(UUID.class)
                .list().stream().map(ServiceCaseId::new).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseTransition> history(ServiceCaseId id) {
        return transitions.of(id);
    }

    private ServiceCase restore(ServiceCaseRow row) {
        return ServiceCase.restore(mapper.toSnapshot(row, cipher));
    }
}
