package org.openhall.complaint.application.port.in;

import java.time.OffsetDateTime;

/** One step of a ticket's history (留痕), with the time in the centre's offset. */
public record TicketTransitionView(int sequence, String action, String from, String to, String actor,
        String actorDepartment, OffsetDateTime at, String note) {
}
