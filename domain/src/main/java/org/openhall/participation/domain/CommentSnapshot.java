package org.openhall.participation.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.openhall.shared.domain.InvalidValue;

/**
 * Everything a {@link Comment} is made of, for storage and for rebuilding it through
 * {@link Comment#restore(CommentSnapshot)}.
 *
 * <p>Invariants: a pending comment has no moderation; a moderated one's status is its moderation's
 * outcome; only a published comment has an answer.
 *
 * @param moderation {@code null} while pending
 * @param answer     {@code null} until answered
 * @param version    optimistic-lock version; 0 for a comment never stored
 */
public record CommentSnapshot(CommentId id, DraftDecisionId draftId, Commenter commenter, String text,
        Instant submittedAt, LocalDate submittedOn, CommentStatus status, Moderation moderation, CommentAnswer answer,
        long version) {

    public CommentSnapshot {
        if (id == null || draftId == null || commenter == null || submittedAt == null || submittedOn == null
                || status == null) {
            throw new InvalidValue("comment", "id, draft, commenter, submission and status must be given");
        }
        text = Texts.required("text", text, Comment.TEXT_MAX);
        if (status == CommentStatus.PENDING ? moderation != null : moderation == null || moderation.outcome() != status) {
            throw new InvalidValue("comment", "the moderation must agree with status " + status);
        }
        if (answer != null && status != CommentStatus.PUBLISHED) {
            throw new InvalidValue("comment", "only a published comment is answered");
        }
    }
}
