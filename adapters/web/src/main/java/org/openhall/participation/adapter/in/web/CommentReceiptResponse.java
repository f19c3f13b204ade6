package org.openhall.participation.adapter.in.web;

import java.time.LocalDate;

import org.openhall.participation.domain.CommentStatus;

/** What a commenter gets back: the comment waits for moderation; the name is shown as the public will see it. */
public record CommentReceiptResponse(String commentId, String draftId, String commenterName, LocalDate submittedOn,
        CommentStatus status) {
}
