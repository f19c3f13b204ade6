package org.openhall.participation.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 决策公布: the decision made on the draft was published, after its adoption report. */
public record DecisionPublished(String draftId, String department, LocalDate publishedOn, Instant occurredAt)
        implements DomainEvent {
}
