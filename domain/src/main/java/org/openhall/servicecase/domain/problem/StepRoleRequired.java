package org.openhall.servicecase.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;
import org.openhall.shared.domain.access.Role;

/** Whoever completes a step must hold the role the step needs, in the case's own department. */
public final class StepRoleRequired extends DomainProblem {

    public StepRoleRequired(int position, String stepName, Role required, String department) {
        super("case.step-role-required", ProblemKind.FORBIDDEN,
                "Step " + position + " (" + stepName + ") is for a " + required + " of " + department,
                details(position, stepName, required, department));
    }

    private static Map<String, Object> details(int position, String stepName, Role required, String department) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("position", position);
        d.put("stepName", stepName);
        d.put("role", required.name());
        d.put("department", department);
        return d;
    }
}
