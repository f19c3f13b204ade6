package org.openhall.disclosure.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/**
 * 逾期未公开: the 20 working days of Art. 26 for a made or changed entry ran out without its
 * publication. Raised once per revision of the entry, for supervision to act on.
 */
public record CatalogEntryPublicationOverdue(String entryId, String indexNumber, String department, int revision,
        LocalDate publicationDueOn, Instant occurredAt) implements DomainEvent {
}
