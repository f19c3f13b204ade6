package org.openhall.complaint.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.complaint.domain.TicketAction;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * The actor may not take this step of the loop: wrong role, or a department's step taken by
 * someone of another department.
 */
public final class TicketRoleRequired extends DomainProblem {

    public TicketRoleRequired(TicketAction action, String allowed) {
        super("ticket.role-required", ProblemKind.FORBIDDEN, "The step " + action + " is for " + allowed,
                details(action, allowed));
    }

    private static Map<String, Object> details(TicketAction action, String allowed) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("action", action.name());
        d.put("allowed", allowed);
        return d;
    }
}
