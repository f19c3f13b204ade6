package org.openhall.complaint.domain.rating.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The phone given is not the one the rating code was sent to. */
public final class RatingPhoneMismatch extends DomainProblem {

    public RatingPhoneMismatch() {
        super("rating.phone-mismatch", ProblemKind.FORBIDDEN, "The phone does not match the rating code", Map.of());
    }
}
