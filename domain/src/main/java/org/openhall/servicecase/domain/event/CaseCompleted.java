package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 办结: the case was completed, on time or not against the promised limit. */
public record CaseCompleted(String caseId, String caseNumber, String department, LocalDate completedOn,
        boolean withinPromisedLimit, boolean withinStatutoryLimit, Instant occurredAt) implements DomainEvent {
}
