package org.openhall.servicecase.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.servicecase.domain.consultation.Consultation;
import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.servicecase.domain.consultation.ConsultationState;
import org.openhall.servicecase.domain.consultation.ConsultationTransition;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.DepartmentCode;

/** Stores consultations (咨询) and their append-only history. */
@SecondaryPort
public interface ConsultationRepository {

    Optional<Consultation> findById(ConsultationId id);

    /**
     * Stores the consultation and appends the transitions it recorded since it was loaded.
     *
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate ({@code consultation.concurrent-update})
     *         when it was changed since it was loaded
     */
    Consultation save(Consultation consultation);

    /**
     * Newest first. {@code department}: those it is responsible for and those it referred on that
     * were not acknowledged yet. {@code responsibleClerk}: the open ones (not answered, not an
     * application) that clerk answers for.
     */
    Page<Consultation> findAll(Optional<ConsultationState> state, Optional<DepartmentCode> department,
            Optional<String> responsibleClerk, PageRequest page);

    /** The consultation's steps, oldest first. */
    List<ConsultationTransition> history(ConsultationId id);
}
