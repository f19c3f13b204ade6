package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 收件: an application was received at a window. */
public record CaseSubmitted(String caseId, String caseNumber, String itemCode, int itemVersion, String department,
        LocalDate receivedOn, Instant occurredAt) implements DomainEvent {
}
