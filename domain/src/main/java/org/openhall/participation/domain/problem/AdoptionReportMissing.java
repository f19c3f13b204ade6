package org.openhall.participation.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * The decision was to be published before the adoption report (意见采纳情况): the public must see
 * how its comments were answered before the decision, so the decision waits for the report.
 */
public final class AdoptionReportMissing extends DomainProblem {

    public AdoptionReportMissing(String draftId) {
        super("participation.adoption-report-missing", ProblemKind.CONFLICT,
                "Draft " + draftId + " has no published adoption report yet", Map.of("draftId", draftId));
    }
}
