package org.openhall.participation.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.participation.domain.HearingAction;
import org.openhall.participation.domain.HearingStage;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * The step does not fit where the hearing stands, e.g. selecting representatives a second time or
 * recording minutes before the materials went out.
 */
public final class HearingNotInExpectedState extends DomainProblem {

    public HearingNotInExpectedState(HearingAction action, HearingStage stage) {
        super("participation.hearing-invalid-state", ProblemKind.CONFLICT,
                "A hearing at stage " + stage + " cannot take the step " + action, details(action, stage));
    }

    private static Map<String, Object> details(HearingAction action, HearingStage stage) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("hearingAction", action.name());
        details.put("hearingStage", stage.name());
        return details;
    }
}
