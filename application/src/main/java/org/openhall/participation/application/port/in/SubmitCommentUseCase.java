package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Takes a comment from the public on a draft, during its comment period only (otherwise
 * {@code participation.outside-comment-period}). The comment waits for moderation.
 */
@PrimaryPort
public interface SubmitCommentUseCase {

    CommentReceipt submit(SubmitCommentCommand command);
}
