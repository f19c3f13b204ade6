package org.openhall.complaint.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An extension of a ticket's limit (延期): asked by the department before the deadline, granted by
 * a department head or a supervisor; {@code approvedBy} is {@code null} while it waits.
 */
@ValueObject
public record TicketExtension(int workingDays, String reason, String requestedBy, LocalDate requestedOn,
        String approvedBy, LocalDate approvedOn) {

    public boolean pending() {
        return approvedBy == null;
    }

    TicketExtension approved(String by, LocalDate on) {
        return new TicketExtension(workingDays, reason, requestedBy, requestedOn, by, on);
    }
}
