package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.domain.CaseTransition;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where cases and their append-only history are kept. */
@SecondaryPort
public interface ServiceCaseRepository {

    Optional<ServiceCase> findById(ServiceCaseId id);

    /**
     * Stores the case — inserted when new, otherwise updated only if nobody changed it since it was
     * read — and appends the transitions it recorded.
     *
     * @return the case as stored, carrying its new version
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when the stored version moved on
     */
    ServiceCase save(ServiceCase serviceCase);

    /** Cases newest first. */
    Page<ServiceCase> findAll(CaseListFilter filter, PageRequest page);

    List<CaseTransition> history(ServiceCaseId id);

    /**
     * Locks and answers the ids of at most {@code limit} cases still merely submitted whose current
     * submission round was received on or before {@code receivedOnOrBefore}, oldest first. Cases
     * another transaction holds are skipped rather than waited for, so that two runs of the deemed
     * acceptance on two instances share the work instead of doing it twice; the locks last until
     * the caller's transaction ends.
     */
    List<ServiceCaseId> lockReceiptsAwaitingAcceptance(LocalDate receivedOnOrBefore, int limit);

    /** Open cases (submitted, awaiting supplement, accepted) received at any of {@code windows}, oldest first. */
    Page<ServiceCase> findOpenAtWindows(Set<WindowCode> windows, PageRequest page);
}
