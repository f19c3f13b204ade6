package org.openhall.disclosure.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 答复: a request was answered; {@code late} when the reply period had run out. */
public record DisclosureRequestReplied(String requestId, String requestNumber, String replyType, LocalDate repliedOn,
        boolean late, Instant occurredAt) implements DomainEvent {
}
