package org.openhall.complaint.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** The identity of a ticket (工单); the number told to the citizen is {@link Ticket#number()}. */
public record TicketId(UUID value) implements Identifier {

    public TicketId {
        Objects.requireNonNull(value, "value");
    }

    public static TicketId of(String text) {
        return new TicketId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
