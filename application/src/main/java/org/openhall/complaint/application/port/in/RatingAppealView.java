package org.openhall.complaint.application.port.in;

import java.time.Instant;
import java.util.UUID;

import org.openhall.complaint.domain.rating.AppealDecision;
import org.openhall.complaint.domain.rating.ExclusionGround;

/** An appeal (申诉) and, once decided, its re-review (复核). */
public record RatingAppealView(UUID id, UUID ratingId, String department, ExclusionGround ground, String reason,
        String filedBy, Instant filedAt, AppealDecision decision, String reviewedBy, Instant reviewedAt,
        String reviewNote) {
}
