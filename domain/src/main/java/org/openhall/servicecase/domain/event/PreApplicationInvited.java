package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** 预审通过、预约到窗: pre-review passed and the applicant was given an appointment at a window. */
public record PreApplicationInvited(String preApplicationId, String reference, String department,
        LocalDate appointmentDate, String timeSlot, String window, String actor, Instant occurredAt)
        implements DomainEvent {
}
