package org.openhall.servicecase.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A case that has not been accepted has no running limit to explain yet. */
public final class DeadlineNotStarted extends DomainProblem {

    public DeadlineNotStarted(String caseId) {
        super("case.deadline-not-started", ProblemKind.CONFLICT,
                "Case " + caseId + " is not accepted; its limits have not started", Map.of("caseId", caseId));
    }
}
