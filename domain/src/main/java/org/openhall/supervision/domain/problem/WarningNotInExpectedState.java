package org.openhall.supervision.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;
import org.openhall.supervision.domain.WarningAction;
import org.openhall.supervision.domain.WarningStatus;

/** The step does not fit the card's state, e.g. revoking a revoked card or contesting one twice. */
public final class WarningNotInExpectedState extends DomainProblem {

    public WarningNotInExpectedState(WarningAction action, WarningStatus status) {
        super("supervision.warning-invalid-state", ProblemKind.CONFLICT,
                "A warning that is " + status + " cannot take the step " + action, details(action, status));
    }

    private static Map<String, Object> details(WarningAction action, WarningStatus status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("warningAction", action.name());
        details.put("warningStatus", status.name());
        return details;
    }
}
