package org.openhall.participation.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * How a comment was moderated (审核): published, or rejected with the reason, by whom and when.
 *
 * @param reason {@code null} for a published comment; required for a rejected one, which is kept
 */
@ValueObject
public record Moderation(CommentStatus outcome, String reason, String moderatedBy, Instant moderatedAt) {

    static final int REASON_MAX = 2_000;

    public Moderation {
        if (outcome == null || outcome == CommentStatus.PENDING) {
            throw new InvalidValue("outcome", "a moderation publishes or rejects");
        }
        reason = outcome == CommentStatus.REJECTED ? Texts.required("reason", reason, REASON_MAX)
                : Texts.optional("reason", reason, REASON_MAX);
        moderatedBy = Texts.required("moderatedBy", moderatedBy, 64);
        if (moderatedAt == null) {
            throw new InvalidValue("moderatedAt", "must be given");
        }
    }
}
