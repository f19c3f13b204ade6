package org.openhall.supervision.application.port.out;

import java.util.Objects;

/** An outbox entry the supervision system took, and the CloudEvent it was sent as. */
public record DeliveredFeedEntry(PendingFeedEntry entry, SupervisionFeedEvent sent) {

    public DeliveredFeedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(sent, "sent");
    }
}
