package org.openhall.complaint.application.port.out;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.complaint.domain.hotline.CallId;
import org.openhall.complaint.domain.hotline.HotlineCall;

/** Stores hotline calls (通话记录). */
@SecondaryPort
public interface HotlineCallRepository {

    Optional<HotlineCall> findById(CallId id);

    /**
     * Inserts a new call or updates a stored one against the version it was read with.
     *
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when somebody else stored
     *         the call in the meantime (two events of one call at once)
     */
    HotlineCall save(HotlineCall call);
}
