package org.openhall.servicecase.domain.event;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** 咨询转申请: the enquiry was received as an application; the case it became is named. */
public record ConsultationBecameApplication(String consultationId, String department, String caseId,
        String caseNumber, String actor, Instant occurredAt) implements DomainEvent {
}
