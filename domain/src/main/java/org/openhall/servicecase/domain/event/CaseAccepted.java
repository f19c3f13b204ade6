package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 受理: the case was accepted; both clocks start on {@code acceptedOn} (day 0). */
public record CaseAccepted(String caseId, String caseNumber, String department, LocalDate acceptedOn,
        LocalDate statutoryDueDate, LocalDate promisedDueDate, boolean provisional, Instant occurredAt)
        implements DomainEvent {
}
