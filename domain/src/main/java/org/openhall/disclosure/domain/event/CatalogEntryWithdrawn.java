package org.openhall.disclosure.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 撤回: a published entry was taken off the public channels, for the recorded reason. */
public record CatalogEntryWithdrawn(String entryId, String indexNumber, String department, LocalDate withdrawnOn,
        String reason, Instant occurredAt) implements DomainEvent {
}
