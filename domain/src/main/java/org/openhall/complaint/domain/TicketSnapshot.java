package org.openhall.complaint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a ticket holds, for storing and rebuilding it ({@link Ticket#rebuild}); {@code version}
 * is the stored row's version, {@code historyCount} how many transitions are stored.
 */
public record TicketSnapshot(TicketId id, TicketIntake intake, LocalDate receivedOn, Instant receivedAt,
        LocalDate dueOn, TicketStatus status, String department, LocalDate dispatchedOn, LocalDate signInDueOn,
        TicketReply reply, TicketExtension extension, FollowUp followUp, LocalDate closedOn, int reopenCount,
        int supervisionCount, List<String> handlers, LocalDate signInOverdueReportedFor,
        LocalDate overdueReportedFor, Instant updatedAt, int historyCount, long version) {

    public TicketSnapshot {
        handlers = List.copyOf(handlers);
    }
}
