package org.openhall.network.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * Only the security administrator (安全管理员) unlocks accounts and grants or revokes roles: not the
 * system administrator, not the audit administrator (三员分立); and nobody changes their own roles,
 * which would let one person widen their own rights without a second.
 */
public final class StaffAdministrationNotAllowed extends DomainProblem {

    public StaffAdministrationNotAllowed(String actor) {
        super("staff.administration-not-allowed", ProblemKind.FORBIDDEN,
                "User " + actor + " may not administer this staff account", Map.of());
    }
}
