package org.openhall.complaint.application.port.in;

import java.util.Optional;

import org.openhall.complaint.domain.TicketStatus;

/** Which tickets to list; {@code overdueOnly} keeps those without reply past their due date. */
public record TicketListFilter(Optional<TicketStatus> status, Optional<String> department, boolean overdueOnly) {

    public static TicketListFilter all() {
        return new TicketListFilter(Optional.empty(), Optional.empty(), false);
    }
}
