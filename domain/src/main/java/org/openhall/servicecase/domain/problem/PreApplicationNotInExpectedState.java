package org.openhall.servicecase.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.servicecase.domain.preapplication.PreApplicationAction;
import org.openhall.servicecase.domain.preapplication.PreApplicationState;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The step does not apply to a pre-application in its current state (e.g. inviting one awaiting corrections). */
public final class PreApplicationNotInExpectedState extends DomainProblem {

    public PreApplicationNotInExpectedState(PreApplicationAction action, PreApplicationState state) {
        super("pre-application.invalid-state", ProblemKind.CONFLICT,
                "A pre-application in state " + state + " cannot be given the step " + action, details(action, state));
    }

    private static Map<String, Object> details(PreApplicationAction action, PreApplicationState state) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("preApplicationAction", action.name());
        d.put("preApplicationState", state.name());
        return d;
    }
}
