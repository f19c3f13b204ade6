package org.openhall.complaint.application.port.in;

import org.openhall.complaint.domain.TicketChannel;
import org.openhall.shared.domain.access.Actor;

/**
 * 登记工单: a ticket is taken in. {@code ticketClass} is a class code of the county pack's
 * {@code hotline.class.*}; {@code callerName} may be {@code null} (anonymous), {@code callerPhone}
 * too except for the hotline; {@code relatedCaseNumber} names the case an efficiency complaint is
 * about; {@code callId} the hotline call the ticket was opened from; {@code externalReference} the
 * 12345 centre's number of a transferred ticket.
 */
public record OpenTicketCommand(Actor actor, TicketChannel channel, String ticketClass, String callerName,
        String callerPhone, String subject, String description, String relatedCaseNumber, String callId,
        String externalReference) {
}
