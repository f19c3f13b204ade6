package org.openhall.complaint.domain.rating.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** 一次一评: the service event was already rated on this channel; a rating is never replaced. */
public final class RatingAlreadyGiven extends DomainProblem {

    public RatingAlreadyGiven(String number, String channel) {
        super("rating.already-given", ProblemKind.CONFLICT, "Already rated on " + channel, Map.of("number", number, "channel", channel));
    }
}
