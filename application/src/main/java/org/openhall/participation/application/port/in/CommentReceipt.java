package org.openhall.participation.application.port.in;

import java.time.LocalDate;

import org.openhall.participation.domain.CommentStatus;

/**
 * What the commenter gets back: the comment's id and state, their name masked as the public will see it.
 */
public record CommentReceipt(String commentId, String draftId, String commenterName, LocalDate submittedOn,
        CommentStatus status) {
}
