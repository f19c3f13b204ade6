package org.openhall.complaint.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One step of a ticket's history (留痕). Append-only: never changed once recorded.
 *
 * @param from  {@code null} for the intake
 * @param actor the user name of the staff member, or {@code portal} for a ticket filed online
 * @param note  what the step said (reasons, reply, supervision note), or {@code null}
 */
@ValueObject
public record TicketTransition(TicketId ticketId, int sequence, TicketAction action, TicketStatus from,
        TicketStatus to, String actor, String actorDepartment, Instant at, String note) {
}
