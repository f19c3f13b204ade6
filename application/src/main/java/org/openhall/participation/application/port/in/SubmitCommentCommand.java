package org.openhall.participation.application.port.in;

import org.openhall.participation.domain.Commenter;
import org.openhall.participation.domain.DraftDecisionId;

/** 提出意见: a member of the public comments on a draft. No account is needed. */
public record SubmitCommentCommand(DraftDecisionId draftId, Commenter commenter, String text) {
}
