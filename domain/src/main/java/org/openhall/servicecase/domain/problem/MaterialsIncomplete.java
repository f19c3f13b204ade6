package org.openhall.servicecase.domain.problem;

import java.util.List;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** Acceptance was asked for while mandatory materials are missing: issue a one-time notice instead. */
public final class MaterialsIncomplete extends DomainProblem {

    public MaterialsIncomplete(List<String> missingCodes) {
        super("case.materials-incomplete", ProblemKind.UNPROCESSABLE,
                "Mandatory materials are missing: " + String.join(", ", missingCodes),
                Map.of("missing", List.copyOf(missingCodes)));
    }
}
