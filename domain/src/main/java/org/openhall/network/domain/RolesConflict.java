package org.openhall.network.domain;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;
import org.openhall.shared.domain.access.Role;

/**
 * Two roles that one person must not hold together (职责分离): two of the three separated
 * administrators, or an administrator and a role that handles cases. A conflict with the roles the
 * account already has: revoke one first.
 */
public final class RolesConflict extends DomainProblem {

    public RolesConflict(Role held, Role other) {
        super("staff.roles-conflict", ProblemKind.CONFLICT,
                "Roles " + held + " and " + other + " must not be held by one person",
                Map.of("role", held.name(), "otherRole", other.name()));
    }
}
