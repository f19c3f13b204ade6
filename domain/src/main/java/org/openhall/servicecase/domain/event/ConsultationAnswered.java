package org.openhall.servicecase.domain.event;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** 咨询答复: the responsible clerk answered the enquiry; the consultation is closed. */
public record ConsultationAnswered(String consultationId, String department, String actor, Instant occurredAt)
        implements DomainEvent {
}
