package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;

/** 一次告知: the applicant was told, once, everything that is missing or defective. */
public record SupplementRequested(String caseId, String caseNumber, int submissionRound, List<String> materialCodes,
        Instant occurredAt) implements DomainEvent {
}
