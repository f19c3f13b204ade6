package org.openhall.participation.application.port.in;

import java.time.Instant;
import java.time.LocalDate;

import org.openhall.participation.domain.Adoption;
import org.openhall.participation.domain.CommentStatus;

/**
 * A comment as the drafting department and supervisors see it: every state, with moderation and answer.
 * The contact stays masked here too (张*, 138****8000); the full data needs the audited reveal.
 *
 * @param commenterPhone masked; {@code null} when none was given
 */
public record StaffCommentView(String id, String draftId, String commenterName, String commenterPhone, String text,
        Instant submittedAt, LocalDate submittedOn, CommentStatus status, String moderationReason, String moderatedBy,
        Instant moderatedAt, Adoption adoption, String answerReason, String answeredBy, Instant answeredAt,
        long version) {
}
