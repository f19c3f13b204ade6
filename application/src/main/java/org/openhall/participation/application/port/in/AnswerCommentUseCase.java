package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Answers a published comment once the comment period is over; the answer may be corrected until
 * the adoption report is published.
 */
@PrimaryPort
public interface AnswerCommentUseCase {

    StaffCommentView answer(AnswerCommentCommand command);
}
