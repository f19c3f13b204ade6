package org.openhall.planted.servicecase.domain.event;

import org.jmolecules.event.types.DomainEvent;
import org.openhall.shared.domain.identity.ResidentIdNumber;

/** Planted: an event that carries an ID number under an innocent name, caught by its type. */
public record ContactCarryingEvent(String caseId, ResidentIdNumber holder) implements DomainEvent {
}
