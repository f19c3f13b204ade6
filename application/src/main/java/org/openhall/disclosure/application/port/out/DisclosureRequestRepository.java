package org.openhall.disclosure.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.disclosure.application.port.in.DisclosureRequestFilter;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where requests for information and their append-only audit trail are kept. */
@SecondaryPort
public interface DisclosureRequestRepository {

    Optional<DisclosureRequest> findById(DisclosureRequestId id);

    /**
     * Stores the request — inserted when new, otherwise only if nobody changed it since it was read —
     * and appends the audit records it wrote.
     *
     * @return the request as stored, with its new version
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when the stored version moved on
     */
    DisclosureRequest save(DisclosureRequest request);

    /** Requests newest first (by arrival). */
    Page<DisclosureRequest> findAll(DisclosureRequestFilter filter, PageRequest page);

    /** Requests that are running: in progress or deferred. */
    List<DisclosureRequest> findRunning();

    /** Requests of the applicant with {@code requesterIdentifier} received between the two days (both included). */
    List<DisclosureRequest> findReceivedFrom(String requesterIdentifier, LocalDate from, LocalDate to);

    /** Every request that arrived up to {@code lastDay}: what an annual report is compiled from. */
    List<DisclosureRequest> findArrivedUpTo(LocalDate lastDay);

    List<AuditRecord> history(DisclosureRequestId id);
}
