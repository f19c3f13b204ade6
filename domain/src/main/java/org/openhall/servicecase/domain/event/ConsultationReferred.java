package org.openhall.servicecase.domain.event;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** 首问转办: the enquiry was handed over from one department to the competent one. */
public record ConsultationReferred(String consultationId, String fromDepartment, String toDepartment, String actor,
        Instant occurredAt) implements DomainEvent {
}
