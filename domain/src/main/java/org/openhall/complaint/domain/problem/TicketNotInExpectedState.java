package org.openhall.complaint.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.complaint.domain.TicketAction;
import org.openhall.complaint.domain.TicketStatus;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The step does not fit the ticket's state (e.g. signing in a ticket that was never dispatched). */
public final class TicketNotInExpectedState extends DomainProblem {

    public TicketNotInExpectedState(TicketAction action, TicketStatus status) {
        super("ticket.not-in-expected-state", ProblemKind.CONFLICT,
                "A ticket in state " + status + " cannot take the step " + action, details(action, status));
    }

    private static Map<String, Object> details(TicketAction action, TicketStatus status) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("action", action.name());
        d.put("status", status.name());
        return d;
    }
}
