package org.openhall.complaint.application.port.in;

import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.openhall.complaint.domain.rating.RatingChannel;
import org.openhall.shared.domain.access.Actor;

/**
 * Staff record a rating the citizen gave in front of them: WINDOW (the window evaluator, in the clerk's
 * session, for a case of the clerk's department) or HOTLINE (said on the follow-up call).
 *
 * @param number the case or ticket number
 */
public record RecordRatingCommand(Actor actor, RatedServiceKind kind, String number, RatingChannel channel, int level,
        String comment) {
}
