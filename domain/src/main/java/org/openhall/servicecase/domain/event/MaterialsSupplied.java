package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.util.List;

/**
 * 补正: the applicant handed in materials after a one-time notice; a new submission round begins.
 */
public record MaterialsSupplied(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, int submissionRound,
        List<String> materialCodes) implements CaseEvent {
}
