package org.openhall.participation.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 听证公告: a hearing on a draft was announced; registration runs until {@code registrationClosesOn}. */
public record HearingAnnounced(String hearingId, String draftId, String department, LocalDate heldOn,
        LocalDate registrationClosesOn, Instant occurredAt) implements DomainEvent {
}
