package org.openhall.complaint.domain.rating.problem;

import java.time.Instant;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** The rating code's window (rating.window.days) has passed. */
public final class RatingCodeExpired extends DomainProblem {

    public RatingCodeExpired(Instant expiredAt) {
        super("rating.code-expired", ProblemKind.CONFLICT, "The rating code expired at " + expiredAt, Map.of("expiredAt", expiredAt));
    }
}
