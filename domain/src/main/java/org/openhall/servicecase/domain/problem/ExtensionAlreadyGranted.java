package org.openhall.servicecase.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** Administrative Licensing Law Art. 42 allows one extension of a case's limit, not a series. */
public final class ExtensionAlreadyGranted extends DomainProblem {

    public ExtensionAlreadyGranted(int workingDays) {
        super("case.extension-already-granted", ProblemKind.CONFLICT,
                "The limit was already extended by " + workingDays + " working days", Map.of("workingDays", workingDays));
    }
}
