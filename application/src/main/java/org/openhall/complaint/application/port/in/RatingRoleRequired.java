package org.openhall.complaint.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * The actor's roles do not allow this step of the rating work: e.g. only a clerk records the window
 * evaluator's rating, only a supervisor or hotline operator a rating given on the follow-up call.
 */
public final class RatingRoleRequired extends DomainProblem {

    public RatingRoleRequired(String action, String roles) {
        super("rating.role-required", ProblemKind.FORBIDDEN, action + " needs one of the roles " + roles,
                Map.of("action", action, "roles", roles));
    }
}
