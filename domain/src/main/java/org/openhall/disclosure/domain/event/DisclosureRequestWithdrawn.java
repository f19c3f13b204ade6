package org.openhall.disclosure.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 撤回 or 视为放弃: a request was closed without a reply. */
public record DisclosureRequestWithdrawn(String requestId, String requestNumber, String withdrawal,
        LocalDate withdrawnOn, Instant occurredAt) implements DomainEvent {
}
