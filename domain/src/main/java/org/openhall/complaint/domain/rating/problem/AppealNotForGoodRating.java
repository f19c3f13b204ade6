package org.openhall.complaint.domain.rating.problem;

import java.util.UUID;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** Only a bad rating (不满意, 非常不满意) may be appealed. */
public final class AppealNotForGoodRating extends DomainProblem {

    public AppealNotForGoodRating(UUID ratingId) {
        super("rating.appeal-not-bad", ProblemKind.UNPROCESSABLE, "Rating " + ratingId + " is not a bad rating", Map.of("ratingId", ratingId));
    }
}
