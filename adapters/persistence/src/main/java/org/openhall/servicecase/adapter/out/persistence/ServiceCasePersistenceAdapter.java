package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.HallScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps cases in PostgreSQL: the case itself as one versioned row with child rows, and its
 * transitions appended to their own table.
 *
 * <p>A case is read in one statement ({@link ServiceCaseLoader}) and written as a hand-written
 * service would ({@link ServiceCaseWriter}): its row updated against the version it was read
 * with, and of its child rows only those that changed. What the children were is known from the
 * load in the same transaction ({@link LoadedCases}), else read once.
 *
 * <p>Saving runs in the caller's transaction (a use case stores case, transitions and events
 * together) and opens one only when called outside any. A stale case is refused with
 * {@link ConcurrentUpdate} before anything of it is written; that failure leaves the transaction
 * to be rolled back by its owner.
 */
@Component
@SecondaryAdapter
public class ServiceCasePersistenceAdapter implements ServiceCaseRepository {

    private static final String RESOURCE = "case";
    private static final String NEWEST_FIRST = "received_at DESC, number DESC";
    private static final String OLDEST_FIRST = "received_at, number";
    private static final List<String> OPEN = CaseStatus.OPEN.stream().map(CaseStatus::name).sorted().toList();

    private final ServiceCaseLoader loader;
    private final ServiceCaseWriter writer;
    private final LoadedCases loaded;
    private final CaseTransitionLog transitions;
    private final ServiceCaseMapper mapper;
    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public ServiceCasePersistenceAdapter(ServiceCaseLoader loader, ServiceCaseWriter writer, LoadedCases loaded,
            CaseTransitionLog transitions, ServiceCaseMapper mapper, JdbcClient jdbc, PersonalDataCipher cipher) {
        this.loader = loader;
        this.writer = writer;
        this.loaded = loaded;
        this.transitions = transitions;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceCase> findById(ServiceCaseId id) {
        Optional<ServiceCaseRow> row = loader.byId(id.value());
        row.ifPresent(r -> loaded.remember(r.id(), r.version(), r));
        return row.map(this::restore);
    }

    @Override
    @Transactional
    public ServiceCase save(ServiceCase serviceCase) {
        List<CaseTransition> recorded = serviceCase.pullTransitions();
        ServiceCaseRow row = mapper.toRow(serviceCase.snapshot(), cipher);
        // Version 0 means "never stored": insert. Anything else is an update guarded by the version.
        ServiceCaseWriter.Outcome outcome;
        try {
            outcome = row.version() == 0 ? writer.insert(row)
                    : writer.update(row, loaded.at(row.id(), row.version()).map(LoadedCases.Loaded::row).orElse(null));
        } catch (RuntimeException e) {
            loaded.forget(row.id());
            throw e;
        }
        if (!(outcome instanceof ServiceCaseWriter.Stored(long version))) {
            throw new ConcurrentUpdate(RESOURCE, serviceCase.getId().toString());
        }
        loaded.remember(row.id(), version, row);
        transitions.append(recorded);
        // What was written is what the database now holds: no need to read the case again.
        return ServiceCase.restore(mapper.toSnapshot(row, cipher).withVersion(version));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ServiceCase> findAll(CaseListFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status().isPresent()) {
            conditions.add("status = :status");
            parameters.put("status", filter.status().get().name());
        }
        if (filter.department().isPresent()) {
            conditions.add("department = :department");
            parameters.put("department", filter.department().get().value());
        }
        if (filter.handledAt().isPresent()) {
            // What HallScope.covers keeps: every city case for city staff, else the staff's own hall's.
            HallScope staffHall = filter.handledAt().get();
            conditions.add("hall_level = :hallLevel");
            parameters.put("hallLevel", staffHall.level().name());
            if (staffHall.level() != AdministrativeLevel.CITY) {
                conditions.add("hall_code = :hallCode");
                parameters.put("hallCode", staffHall.hall());
            }
        }
        if (filter.applicantIdNumber().isPresent()) {
            conditions.add("applicant_id_number_index IN (:idNumberIndexes)");
            parameters.put("idNumberIndexes",
                    cipher.blindIndexes(PersonalDataKind.ID_NUMBER, filter.applicantIdNumber().get().value()));
        }
        if (filter.applicantPhone().isPresent()) {
            conditions.add("applicant_phone_index IN (:phoneIndexes)");
            parameters.put("phoneIndexes",
                    cipher.blindIndexes(PersonalDataKind.PHONE, filter.applicantPhone().get().value()));
        }
        String condition = conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
        return page(condition, parameters, NEWEST_FIRST, page);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ServiceCase> findOpenAtWindows(Set<WindowCode> windows, PageRequest page) {
        if (windows.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        return page("window_code IN (:windows) AND status IN (:open)",
                Map.of("windows", windows.stream().map(WindowCode::value).toList(), "open", OPEN), OLDEST_FIRST, page);
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

    private Page<ServiceCase> page(String condition, Map<String, ?> parameters, String order, PageRequest page) {
        List<ServiceCase> content = loader.page(condition, parameters, order, page.size(), (long) page.page() * page.size())
                .stream().map(this::restore).toList();
        return Page.of(content, page, loader.count(condition, parameters));
    }

    private ServiceCase restore(ServiceCaseRow row) {
        return ServiceCase.restore(mapper.toSnapshot(row, cipher));
    }
}
