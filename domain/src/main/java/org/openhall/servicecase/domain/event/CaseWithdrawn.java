package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/** 撤回: the applicant withdrew the application before the decision; the case is closed. */
public record CaseWithdrawn(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, LocalDate withdrawnOn,
        String reason) implements CaseEvent {
}
