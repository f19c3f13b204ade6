package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;

/** 补正: the applicant supplied materials after a one-time notice; a new submission round begins. */
public record MaterialsSupplied(String caseId, String caseNumber, int submissionRound, List<String> materialCodes,
        Instant occurredAt) implements DomainEvent {
}
