package org.openhall.disclosure.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 收到申请: the day of receipt of a request is known (Art. 31) and its reply period runs. */
public record DisclosureRequestReceived(String requestId, String requestNumber, LocalDate receivedOn,
        LocalDate replyDueOn, boolean provisional, Instant occurredAt) implements DomainEvent {
}
