package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.domain.access.Actor;

/**
 * Shows the drafting department the full name and phone of a commenter, e.g. to ask what a comment
 * means. Every reveal is recorded: who saw whose contact, and when.
 */
@PrimaryPort
public interface RevealCommenterContactUseCase {

    ContactView revealCommenter(Actor actor, DraftDecisionId draftId, CommentId commentId);
}
