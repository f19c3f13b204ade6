package org.openhall.complaint.domain.rating.problem;

import java.util.UUID;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A rating has at most one undecided appeal at a time. */
public final class AppealPending extends DomainProblem {

    public AppealPending(UUID ratingId) {
        super("rating.appeal-pending", ProblemKind.CONFLICT, "Rating " + ratingId + " already has an undecided appeal", Map.of("ratingId", ratingId));
    }
}
