package org.openhall.complaint.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/**
 * 工单超期: a ticket had no reply by its due date (its class's limit, extensions included). Raised
 * once per due date, for supervision to card the department.
 *
 * @param department the department it was dispatched to, or {@code null} when it was never dispatched
 */
public record TicketOverdue(String ticketId, String ticketNumber, String ticketClass, String department,
        LocalDate dueOn, Instant occurredAt) implements DomainEvent {
}
