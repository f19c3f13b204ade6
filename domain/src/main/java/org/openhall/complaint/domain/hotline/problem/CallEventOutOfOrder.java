package org.openhall.complaint.domain.hotline.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.complaint.domain.hotline.CallEventType;
import org.openhall.complaint.domain.hotline.CallState;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A call event that cannot follow what is known of the call: an answer after the hang-up, or an
 * event dated before the call rang. Nothing of it is recorded.
 */
public final class CallEventOutOfOrder extends DomainProblem {

    public CallEventOutOfOrder(CallEventType event, CallState state) {
        super("hotline.call-event-out-of-order", ProblemKind.CONFLICT,
                "A call in state " + state + " cannot take the event " + event, details(event, state));
    }

    private static Map<String, Object> details(CallEventType event, CallState state) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("callEvent", event.name());
        details.put("callState", state.name());
        return details;
    }
}
