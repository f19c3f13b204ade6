package org.openhall.supervision.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A mere warning (预警) cannot be contested or made the ground of accountability: only cards can. */
public final class NotACard extends DomainProblem {

    public NotACard(String warningId) {
        super("supervision.not-a-card", ProblemKind.UNPROCESSABLE, "Warning " + warningId + " is not a card",
                Map.of("warningId", warningId));
    }
}
