package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/**
 * 网上预申请: a citizen submitted a pre-application online; the item's department is to pre-review it
 * by {@code reviewDue}. Carries no personal data.
 */
public record PreApplicationSubmitted(String preApplicationId, String reference, String department, String itemCode,
        LocalDate reviewDue, Instant occurredAt) implements DomainEvent {
}
