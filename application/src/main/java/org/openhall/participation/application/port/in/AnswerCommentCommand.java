package org.openhall.participation.application.port.in;

import org.openhall.participation.domain.Adoption;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.domain.access.Actor;

/** 答复意见: adopted, partly adopted or not adopted, with the reason. */
public record AnswerCommentCommand(Actor actor, DraftDecisionId draftId, CommentId commentId, Adoption adoption,
        String reason) {
}
