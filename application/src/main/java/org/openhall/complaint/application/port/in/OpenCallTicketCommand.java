package org.openhall.complaint.application.port.in;

import org.openhall.shared.domain.access.Actor;

/**
 * The operator's ticket form for a call (来电登记): what the ticket needs beyond the call itself.
 *
 * @param ticketClass       a class code of the county pack's {@code hotline.class.*}
 * @param callerName        as the caller gave it; {@code null} when anonymous
 * @param callbackPhone     a number to reply to when the caller's own was withheld or is none;
 *                          {@code null} to use the caller's number
 * @param relatedCaseNumber the case an efficiency complaint is about, if any
 */
public record OpenCallTicketCommand(Actor actor, String callId, String ticketClass, String callerName,
        String callbackPhone, String subject, String description, String relatedCaseNumber) {
}
