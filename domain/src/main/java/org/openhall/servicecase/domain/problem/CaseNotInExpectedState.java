package org.openhall.servicecase.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The step does not apply to a case in its current state (e.g. completing a case never accepted). */
public final class CaseNotInExpectedState extends DomainProblem {

    public CaseNotInExpectedState(CaseAction action, CaseStatus status) {
        super("case.not-in-expected-state", ProblemKind.CONFLICT,
                "A case in state " + status + " cannot be given the step " + action, details(action, status));
    }

    private static Map<String, Object> details(CaseAction action, CaseStatus status) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("action", action.name());
        d.put("status", status.name());
        return d;
    }
}
