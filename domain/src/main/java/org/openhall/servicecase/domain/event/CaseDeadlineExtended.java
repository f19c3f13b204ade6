package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 延期: the time limit was extended by {@code workingDays} with the approver recorded and the
 * reasons told to the applicant (Art. 42).
 */
public record CaseDeadlineExtended(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, int workingDays,
        String approvedBy, String reason, LocalDate statutoryDueDate, LocalDate promisedDueDate) implements CaseEvent {
}
