package org.openhall.participation.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** A comment from the public came in and waits for moderation. Carries no personal data. */
public record CommentSubmitted(String draftId, String commentId, LocalDate submittedOn, Instant occurredAt)
        implements DomainEvent {
}
