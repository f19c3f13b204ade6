package org.openhall.servicecase.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The steps are walked in order: only the step under way can be completed. */
public final class StepNotCurrent extends DomainProblem {

    public StepNotCurrent(int position, Integer current) {
        super("case.step-not-current", ProblemKind.CONFLICT,
                "Step " + position + " is not the step under way (" + (current == null ? "none" : current) + ")",
                details(position, current));
    }

    private static Map<String, Object> details(int position, Integer current) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("position", position);
        d.put("current", current == null ? "-" : current);
        return d;
    }
}
