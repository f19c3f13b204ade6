package org.openhall.servicecase.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.servicecase.domain.consultation.ConsultationAction;
import org.openhall.servicecase.domain.consultation.ConsultationState;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The step does not apply to a consultation in its current state (e.g. answering one already answered). */
public final class ConsultationNotInExpectedState extends DomainProblem {

    public ConsultationNotInExpectedState(ConsultationAction action, ConsultationState state) {
        super("consultation.invalid-state", ProblemKind.CONFLICT,
                "A consultation in state " + state + " cannot be given the step " + action, details(action, state));
    }

    private static Map<String, Object> details(ConsultationAction action, ConsultationState state) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("consultationAction", action.name());
        d.put("consultationState", state.name());
        return d;
    }
}
