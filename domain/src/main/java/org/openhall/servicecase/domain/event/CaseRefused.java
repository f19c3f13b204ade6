package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/** 不予受理: the application was refused with reasons and a legal basis; the case is closed. */
public record CaseRefused(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, LocalDate refusedOn,
        String legalBasis, String reason) implements CaseEvent {
}
