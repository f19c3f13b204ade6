package org.openhall.supervision.application.port.out;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.event.types.DomainEvent;

/**
 * What the feed owes for one event (待上报事件), as appended to the outbox.
 *
 * @param id         the feed id the receiver de-duplicates on: {@code case:<caseId>:<sequence>} or
 *                   {@code warning:<warningId>}
 * @param caseId     the case (or other warned record) it belongs to
 * @param sequence   the case's transition number, {@code null} for a warning
 * @param happenedAt when it happened
 * @param event      the case event or {@code WarningRaised} itself; the relay maps it when it sends
 */
public record SupervisionFeedEntry(String id, String caseId, Integer sequence, Instant happenedAt,
        DomainEvent event) {

    public SupervisionFeedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(happenedAt, "happenedAt");
        Objects.requireNonNull(event, "event");
    }
}
