package org.openhall.servicecase.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A one-time notice was asked for although nothing is missing or defective: accept the case instead. */
public final class NothingToNotify extends DomainProblem {

    public NothingToNotify() {
        super("case.nothing-to-notify", ProblemKind.UNPROCESSABLE,
                "Nothing is missing or defective; the case can be accepted", Map.of());
    }
}
