package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Publishes a draft decision of the caller's department for public comment (重大行政决策草案公开征求意见).
 * A period shorter than 30 days is refused with {@code participation.comment-period-too-short} unless
 * its reason is given.
 */
@PrimaryPort
public interface PublishDraftForCommentUseCase {

    DraftView publish(PublishDraftForCommentCommand command);
}
