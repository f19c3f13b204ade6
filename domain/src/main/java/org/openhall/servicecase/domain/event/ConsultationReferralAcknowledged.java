package org.openhall.servicecase.domain.event;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** 转办签收: the competent department signed for a referred enquiry; its clerk is now responsible. */
public record ConsultationReferralAcknowledged(String consultationId, String department, String actor,
        Instant occurredAt) implements DomainEvent {
}
