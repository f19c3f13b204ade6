package org.openhall.network.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * An account keeps at least one role: revoking the last would leave an account that can sign in
 * and do nothing. To take someone's access away, disable the account instead.
 */
public final class LastRoleNotRevocable extends DomainProblem {

    public LastRoleNotRevocable(String username, String role) {
        super("staff.last-role", ProblemKind.UNPROCESSABLE, "Role " + role + " is the only role of " + username,
                Map.of("username", username, "role", role));
    }
}
