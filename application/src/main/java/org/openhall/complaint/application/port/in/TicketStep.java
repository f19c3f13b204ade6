package org.openhall.complaint.application.port.in;

import org.openhall.complaint.domain.TicketId;
import org.openhall.shared.domain.access.Actor;

/**
 * Who takes a step on which ticket; {@code expectedVersion} is the version the actor saw (the
 * {@code If-Match} of the API), or {@code null} to take the step on whatever is stored now. Either way
 * a change stored meanwhile by someone else makes the step a conflict, never an overwrite.
 */
public record TicketStep(Actor actor, TicketId ticketId, Long expectedVersion) {
}
