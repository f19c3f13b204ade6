package org.openhall.disclosure.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 已公开: a catalog entry went public; {@code late} when after the 20 working days of Art. 26. */
public record CatalogEntryPublished(String entryId, String indexNumber, String department, int revision,
        LocalDate publishedOn, boolean late, Instant occurredAt) implements DomainEvent {
}
