package org.openhall.participation.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 公布意见采纳情况: every comment on the draft is accounted for, publicly. */
public record AdoptionReportPublished(String draftId, String department, LocalDate publishedOn, int received,
        int published, int adopted, int partlyAdopted, int notAdopted, Instant occurredAt) implements DomainEvent {
}
