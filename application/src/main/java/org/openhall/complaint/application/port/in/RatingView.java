package org.openhall.complaint.application.port.in;

import java.time.Instant;
import java.util.UUID;

import org.openhall.complaint.domain.rating.ExclusionGround;
import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.openhall.complaint.domain.rating.RatingChannel;

/**
 * A rating as given back: no rater identity.
 *
 * @param rectificationId the rectification a bad rating opened, else {@code null}
 * @param excludedAs      why re-review left it out of the figures, else {@code null}
 */
public record RatingView(UUID id, RatedServiceKind kind, String number, String department, RatingChannel channel,
        int level, String levelName, boolean bad, String comment, Instant ratedAt, ExclusionGround excludedAs,
        UUID rectificationId) {
}
