package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.servicecase.domain.preapplication.PreApplication;
import org.openhall.servicecase.domain.preapplication.PreApplicationId;
import org.openhall.servicecase.domain.preapplication.PreApplicationReference;
import org.openhall.servicecase.domain.preapplication.PreApplicationState;
import org.openhall.servicecase.domain.preapplication.PreApplicationTransition;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.DepartmentCode;

/** Stores online pre-applications (网上预申请) and their append-only history. */
@SecondaryPort
public interface PreApplicationRepository {

    Optional<PreApplication> findById(PreApplicationId id);

    Optional<PreApplication> findByReference(PreApplicationReference reference);

    /**
     * Stores the pre-application and appends the transitions it recorded since it was loaded.
     *
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate ({@code pre-application.concurrent-update})
     *         when it was changed since it was loaded
     */
    PreApplication save(PreApplication preApplication);

    /**
     * Earliest review due first. {@code overdueOn}: only those pending review whose due day is
     * before that day.
     */
    Page<PreApplication> findAll(Optional<PreApplicationState> state, Optional<DepartmentCode> department,
            Optional<LocalDate> overdueOn, PageRequest page);

    /** The pre-application's steps, oldest first. */
    List<PreApplicationTransition> history(PreApplicationId id);
}
