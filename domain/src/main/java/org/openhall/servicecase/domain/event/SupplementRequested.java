package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 一次告知: the applicant was told, once, everything that is missing or defective (Art. 32). */
public record SupplementRequested(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, int submissionRound,
        List<String> materialCodes, LocalDate issuedOn) implements CaseEvent {
}
