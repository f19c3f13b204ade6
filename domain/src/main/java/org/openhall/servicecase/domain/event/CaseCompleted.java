package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 办结: the case was decided — {@code outcome} APPROVED (准予许可) or DENIED (不予许可, with {@code
 * legalBasis} and {@code reason}); {@code certificateDueDate} is the last day to issue and serve
 * the certificate (Art. 44), null when denied.
 */
public record CaseCompleted(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, LocalDate completedOn,
        String outcome, String legalBasis, String reason, boolean withinPromisedLimit, boolean withinStatutoryLimit,
        LocalDate certificateDueDate) implements CaseEvent {
}
