package org.openhall.planted.servicecase.domain.event;

import org.jmolecules.event.types.DomainEvent;

/** Planted: an event that carries the applicant's phone as text, by name. */
public record PhoneCarryingEvent(String caseId, String applicantPhone) implements DomainEvent {
}
