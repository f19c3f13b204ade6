package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 补正后重新提交: the applicant resubmitted after corrections; pre-review is due again by {@code reviewDue}. */
public record PreApplicationResubmitted(String preApplicationId, String reference, String department, int round,
        LocalDate reviewDue, Instant occurredAt) implements DomainEvent {
}
