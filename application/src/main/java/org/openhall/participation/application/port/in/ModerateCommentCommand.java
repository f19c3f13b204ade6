package org.openhall.participation.application.port.in;

import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.domain.access.Actor;

/**
 * 审核意见: the drafting department publishes or rejects a pending comment.
 *
 * @param reason required to reject; ignored when publishing
 */
public record ModerateCommentCommand(Actor actor, DraftDecisionId draftId, CommentId commentId,
        ModerationDecision decision, String reason) {
}
