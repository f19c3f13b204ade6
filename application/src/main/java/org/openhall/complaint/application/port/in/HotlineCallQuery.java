package org.openhall.complaint.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Reads hotline call records (通话记录). */
@PrimaryPort
public interface HotlineCallQuery {

    /**
     * @throws org.openhall.shared.application.problem.ResourceNotFound when no such call was reported
     */
    HotlineCallView callOf(String callId);
}
