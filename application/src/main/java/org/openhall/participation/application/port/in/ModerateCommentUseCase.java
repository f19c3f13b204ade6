package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Publishes or rejects a pending comment on a draft of the caller's department; each comment once. */
@PrimaryPort
public interface ModerateCommentUseCase {

    StaffCommentView moderate(ModerateCommentCommand command);
}
