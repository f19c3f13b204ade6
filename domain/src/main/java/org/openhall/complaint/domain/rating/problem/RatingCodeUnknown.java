package org.openhall.complaint.domain.rating.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** No invitation has this rating code (mistyped, or never issued). */
public final class RatingCodeUnknown extends DomainProblem {

    public RatingCodeUnknown() {
        super("rating.code-unknown", ProblemKind.NOT_FOUND, "Unknown rating code", Map.of());
    }
}
