package org.openhall.complaint.domain.hotline.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A ticket was already opened from this call: one call, one ticket (一通电话一张工单). */
public final class CallAlreadyHasTicket extends DomainProblem {

    public CallAlreadyHasTicket(String callId, String ticketId) {
        super("hotline.call-has-ticket", ProblemKind.CONFLICT,
                "Call " + callId + " already has ticket " + ticketId, Map.of("callId", callId, "ticketId", ticketId));
    }
}
