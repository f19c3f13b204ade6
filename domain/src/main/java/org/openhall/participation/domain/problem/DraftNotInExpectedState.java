package org.openhall.participation.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.participation.domain.DraftAction;
import org.openhall.participation.domain.DraftStatus;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * The step does not fit where the draft stands, e.g. answering a comment after the adoption report
 * was published, or publishing the decision twice.
 */
public final class DraftNotInExpectedState extends DomainProblem {

    public DraftNotInExpectedState(DraftAction action, DraftStatus status) {
        super("participation.draft-invalid-state", ProblemKind.CONFLICT,
                "A draft that is " + status + " cannot take the step " + action, details(action, status));
    }

    private static Map<String, Object> details(DraftAction action, DraftStatus status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("draftAction", action.name());
        details.put("draftStatus", status.name());
        return details;
    }
}
