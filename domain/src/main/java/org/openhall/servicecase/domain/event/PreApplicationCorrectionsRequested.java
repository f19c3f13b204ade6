package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;

/** 预审补正: pre-review asked for corrections of the listed materials, all in one go. */
public record PreApplicationCorrectionsRequested(String preApplicationId, String reference, String department,
        List<String> materials, String actor, Instant occurredAt) implements DomainEvent {

    public PreApplicationCorrectionsRequested {
        materials = List.copyOf(materials);
    }
}
