package org.openhall.disclosure.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;
import org.openhall.shared.domain.access.Actor;

/** Only disclosure officers (信息公开工作人员) handle requests and the catalog; supervisors may read. */
public final class DisclosureRoleRequired extends DomainProblem {

    public DisclosureRoleRequired(Actor actor, String action) {
        super("disclosure.role-required", ProblemKind.FORBIDDEN,
                "User " + actor.username() + " may not " + action + ": a disclosure officer's role is needed",
                Map.of("action", action));
    }
}
