package org.openhall.complaint.application.port.in;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * How the rating side reaches the citizen of a ticket (诉求人联系电话), to bind a rating invitation to
 * their phone. Ticket events carry no personal data, because the event publication registry stores
 * them as they are; this is the door to the number instead.
 */
@PrimaryPort
public interface CallerPhoneQuery {

    /** The phone the citizen gave on the ticket, or empty when none was given or there is no such ticket. */
    Optional<String> phoneOf(String ticketId);
}
