package org.openhall.complaint.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The door through which a call-centre system reports calls (话务事件接入): the generic CTI
 * webhook, the operator console, or an adapter of a county's own CTI (FreeSWITCH, a vendor's
 * platform) all hand their events in here. Events may come more than once; a repeat changes nothing.
 */
@PrimaryPort
public interface ReceiveCallEventUseCase {

    /**
     * Records the event on its call, starting the call when it is the first one heard of.
     *
     * @throws org.openhall.shared.domain.InvalidValue when a value is malformed or missing
     * @throws org.openhall.complaint.domain.hotline.problem.CallEventOutOfOrder when the event
     *         cannot follow what is known of the call
     */
    HotlineCallView receive(CallEventCommand event);
}
