package org.openhall.participation.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;

import org.openhall.participation.domain.Adoption;
import org.openhall.participation.domain.CommentStatus;

/**
 * A comment as the drafting department sees it, in any state. The contact is masked here too; the full
 * contact is revealed one comment at a time, and every reveal is recorded.
 *
 * @param commenterPhone masked, e.g. {@code 138****8000}; {@code null} when none was given
 */
public record StaffCommentResponse(String id, String draftId, String commenterName, String commenterPhone,
        String text, Instant submittedAt, LocalDate submittedOn, CommentStatus status, String moderationReason,
        String moderatedBy, Instant moderatedAt, Adoption adoption, String answerReason, String answeredBy,
        Instant answeredAt, long version) {
}
