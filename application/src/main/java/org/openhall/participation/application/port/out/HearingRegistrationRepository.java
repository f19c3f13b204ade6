package org.openhall.participation.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingRegistration;
import org.openhall.participation.domain.RegistrationId;

/** Where registrations for hearings are kept. */
@SecondaryPort
public interface HearingRegistrationRepository {

    Optional<HearingRegistration> findById(RegistrationId id);

    /**
     * Stores a new registration; registrations do not change once made.
     *
     * @return the registration as stored, carrying its version
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when it was stored already
     */
    HearingRegistration save(HearingRegistration registration);

    /** A hearing's registrations in the order they came in. */
    List<HearingRegistration> findByHearing(HearingId hearingId);
}
