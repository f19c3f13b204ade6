package org.openhall.complaint.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/**
 * 超时未签收: a dispatched ticket was neither signed in nor returned by its sign-in day. Raised once
 * per dispatch, for supervision to warn the department.
 */
public record TicketSignInOverdue(String ticketId, String ticketNumber, String ticketClass, String department,
        LocalDate signInDueOn, Instant occurredAt) implements DomainEvent {
}
