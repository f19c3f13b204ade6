package org.openhall.supervision.application.port.out;

import java.util.Objects;

import org.jmolecules.event.types.DomainEvent;

/**
 * An outbox entry not delivered yet (待上报), at its position in the outbox's order: the CloudEvent as
 * appended, or, for an entry appended before the outbox stored CloudEvents, the event itself.
 */
public sealed interface PendingFeedEntry {

    /** Where the entry stands in the outbox's order. */
    long position();

    /** An entry appended as the CloudEvent it goes out as: sent unchanged. */
    record Mapped(long position, SupervisionFeedEvent event) implements PendingFeedEntry {

        public Mapped {
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * An entry an installation still owed when it was upgraded, appended as the case event or warning
     * itself: the relay maps it when it sends it, with the case as it is then, as it did before.
     */
    record Unmapped(long position, DomainEvent event) implements PendingFeedEntry {

        public Unmapped {
            Objects.requireNonNull(event, "event");
        }
    }
}
