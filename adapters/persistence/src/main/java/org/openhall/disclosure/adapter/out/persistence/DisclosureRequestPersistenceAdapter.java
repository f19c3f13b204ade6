package org.openhall.disclosure.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.disclosure.application.port.in.DisclosureRequestFilter;
import org.openhall.disclosure.application.port.out.DisclosureRequestRepository;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.disclosure.domain.request.RequestStatus;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
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
 * Keeps requests for information in PostgreSQL: one versioned row with child rows per request,
 * the audit trail appended beside it, in the caller's transaction.
 */
@Component
@SecondaryAdapter
public class DisclosureRequestPersistenceAdapter implements DisclosureRequestRepository {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("number"));

    private final JdbcAggregateOperations aggregates;
    private final DisclosureAuditLog audit;
    private final DisclosureMapper mapper;
    private final PersonalDataCipher cipher;

    public DisclosureRequestPersistenceAdapter(JdbcAggregateOperations aggregates, DisclosureAuditLog audit,
            DisclosureMapper mapper, PersonalDataCipher cipher) {
        this.aggregates = aggregates;
        this.cipher = cipher;
        this.audit = audit;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DisclosureRequest> findById(DisclosureRequestId id) {
        return Optional.ofNullable(aggregates.findById(id.value(), DisclosureRequestRow.class)).map(this::restore);
    }

    @Override
    @Transactional
    public DisclosureRequest save(DisclosureRequest request) {
        List<AuditRecord> recorded = request.pullAudit();
        DisclosureRequestRow row = mapper.toRow(request.snapshot(), cipher);
        DisclosureRequestRow stored = VersionedRows.store(aggregates, row, row.version() == 0,
                "disclosure_request_pkey", "disclosure-request", request.getId().toString());
        audit.append(recorded);
        return restore(stored);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DisclosureRequest> findAll(DisclosureRequestFilter filter, PageRequest page) {
        Criteria criteria = filter.status().map(s -> Criteria.where("status").is(s.name())).orElse(Criteria.empty());
        var found = aggregates.findAll(Query.query(criteria), DisclosureRequestRow.class,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size(), NEWEST_FIRST));
        return Page.of(found.getContent().stream().map(this::restore).toList(), page, found.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public List<DisclosureRequest> findRunning() {
        return find(Criteria.where("status").in(RequestStatus.IN_PROGRESS.name(), RequestStatus.DEFERRED.name()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DisclosureRequest> findReceivedFrom(String requesterIdentifier, LocalDate from, LocalDate to) {
        // The identifier is stored as its blind index only: the same requester is found by the same index.
        return find(Criteria.where("requesterIdentifier")
                .in(cipher.blindIndexes(PersonalDataKind.ID_NUMBER, requesterIdentifier)).and("receivedOn").between(from, to));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DisclosureRequest> findArrivedUpTo(LocalDate lastDay) {
        return find(Criteria.where("submittedOn").lessThanOrEquals(lastDay));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> history(DisclosureRequestId id) {
        return audit.of(id.value());
    }

    private List<DisclosureRequest> find(Criteria criteria) {
        return aggregates.findAll(Query.query(criteria), DisclosureRequestRow.class).stream().map(this::restore).toList();
    }

    private DisclosureRequest restore(DisclosureRequestRow row) {
        return DisclosureRequest.restore(mapper.toSnapshot(row, cipher));
    }
}
