package org.openhall.planted.servicecase.domain.event;

import org.jmolecules.event.types.DomainEvent;

/** Planted: a clean event, codes and ids only; the rule must not name it. */
public record PlantedCaseClosed(String caseId, String caseNumber, int sequence) implements DomainEvent {
}
