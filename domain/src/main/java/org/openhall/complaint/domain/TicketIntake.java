package org.openhall.complaint.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * What is known of a ticket when it is taken in (登记).
 *
 * @param number            the ticket's number as told to the citizen
 * @param ticketClass       the class, with the limit that applies
 * @param relatedCase       the case an efficiency complaint is about, or {@code null}
 * @param callId            the hotline call it was opened from, or {@code null}
 * @param externalReference the 12345 centre's number of a transferred ticket, or {@code null}
 */
@ValueObject
public record TicketIntake(String number, TicketClass ticketClass, TicketChannel channel, Caller caller,
        String subject, String description, TicketLocation location, RelatedCase relatedCase, String callId,
        String externalReference) {

    /** Longest subject kept; a longer one is a description. */
    public static final int MAX_SUBJECT = 200;

    public TicketIntake {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(ticketClass, "ticketClass");
        if (channel == null) {
            throw new InvalidValue("channel", "must be given");
        }
        caller = caller == null ? new Caller(null, null, null) : caller;
        location = location == null ? TicketLocation.none() : location;
        if (description == null || description.isBlank()) {
            throw new InvalidValue("description", "must say what the citizen asks or complains about");
        }
        description = description.strip();
        subject = subject == null || subject.isBlank() ? firstWords(description) : subject.strip();
        if (subject.length() > MAX_SUBJECT) {
            throw new InvalidValue("subject", "must be at most " + MAX_SUBJECT + " characters");
        }
        if (channel == TicketChannel.HOTLINE && caller.phone() == null) {
            throw new InvalidValue("callerPhone", "a hotline ticket keeps the number the citizen called from");
        }
        if (channel == TicketChannel.TRANSFER_12345 && (externalReference == null || externalReference.isBlank())) {
            throw new InvalidValue("externalReference", "a ticket transferred from the 12345 centre keeps its number");
        }
    }

    private static String firstWords(String description) {
        return description.length() <= 40 ? description : description.substring(0, 40) + "…";
    }
}
