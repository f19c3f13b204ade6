package org.openhall.supervision.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;
import org.openhall.shared.domain.access.Actor;

/** Only a supervisor (监察人员) may do this: revoke a card, decide a contest, issue an order, record accountability. */
public final class SupervisorRoleRequired extends DomainProblem {

    public SupervisorRoleRequired(Actor actor, String action) {
        super("supervision.supervisor-required", ProblemKind.FORBIDDEN,
                "User " + actor.username() + " may not " + action + ": a supervisor's role is needed",
                Map.of("action", action));
    }
}
