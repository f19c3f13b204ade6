package org.openhall.complaint.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What the hotline operator sees when a call comes in (来电弹屏). */
@PrimaryPort
public interface CallScreenPopQuery {

    /**
     * The call with the caller's open cases and open tickets.
     *
     * @throws org.openhall.shared.application.problem.ResourceNotFound when no such call was reported
     */
    CallScreenPopView screenPop(String callId);
}
