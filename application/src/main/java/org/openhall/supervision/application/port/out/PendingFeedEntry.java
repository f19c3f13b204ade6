package org.openhall.supervision.application.port.out;

import java.util.Objects;

import org.jmolecules.event.types.DomainEvent;

/**
 * An outbox entry not delivered yet: its position in the outbox's order and its event, read back.
 */
public record PendingFeedEntry(long position, DomainEvent event) {

    public PendingFeedEntry {
        Objects.requireNonNull(event, "event");
    }
}
