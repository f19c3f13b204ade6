package org.openhall.complaint.domain.event;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.openhall.complaint.domain.TicketChannel;

/**
 * 回访: the centre called the citizen back about a completed ticket. From then on the ticket may be
 * rated (a ticket cannot be rated before its follow-up). Carries what the rating side needs and no
 * more: who handled the ticket (a bad rating is assigned to them), the department, the channel the
 * ticket came by, whether the caller gave their name (a real-name bad rating needs a follow-up call
 * before its rectification can close).
 *
 * <p>No personal data: the event publication registry stores events as they are, so the caller's phone,
 * to which a rating invitation is bound, is asked of the complaint context by the ticket's id.
 *
 * @param ticketId the ticket's id
 * @param ticketNumber the ticket's number as told to the citizen
 * @param ticketClass the class code from the county pack (e.g. {@code complaint}, {@code consultation})
 * @param department the department code that handled the ticket
 * @param handlers user names of the staff who handled it (signed in, replied), in order, without repeats
 * @param channel how the ticket came in
 * @param realName whether the citizen gave their name (实名)
 * @param relatedCaseId the case an efficiency complaint is about, or {@code null}
 * @param actor the user name of whoever recorded the follow-up
 * @param occurredAt when the follow-up was recorded (from the injected clock)
 */
public record TicketFollowedUp(String ticketId, String ticketNumber, String ticketClass, String department,
        List<String> handlers, TicketChannel channel, boolean realName, String relatedCaseId,
        String actor, Instant occurredAt) implements DomainEvent {

    public TicketFollowedUp {
        handlers = List.copyOf(handlers);
    }
}
