package org.openhall.disclosure.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/**
 * 信息生成或变更: a catalog entry was made or changed and must be published by
 * {@code publicationDueOn} (Art. 26: 20 working days); supervision watches that day.
 *
 * @param revision 1 when made, one more for every change
 */
public record CatalogEntryRecorded(String entryId, String indexNumber, String department, int revision,
        LocalDate madeOrChangedOn, LocalDate publicationDueOn, Instant occurredAt) implements DomainEvent {
}
