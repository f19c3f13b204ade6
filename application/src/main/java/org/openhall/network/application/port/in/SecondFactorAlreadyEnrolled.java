package org.openhall.network.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The account already has a confirmed second factor; only the security administrator can reset it. */
public final class SecondFactorAlreadyEnrolled extends DomainProblem {

    public SecondFactorAlreadyEnrolled() {
        super("auth.second-factor-already-enrolled", ProblemKind.CONFLICT,
                "The account already has a confirmed second factor", Map.of());
    }
}
