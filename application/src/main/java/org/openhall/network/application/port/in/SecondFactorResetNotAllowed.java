package org.openhall.network.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * Only the security administrator (安全管理员) resets second factors: not the system
 * administrator, not the audit administrator (三员分立), and nobody their own.
 */
public final class SecondFactorResetNotAllowed extends DomainProblem {

    public SecondFactorResetNotAllowed(String actor) {
        super("auth.second-factor-reset-not-allowed", ProblemKind.FORBIDDEN,
                "User " + actor + " may not reset second factors", Map.of());
    }
}
