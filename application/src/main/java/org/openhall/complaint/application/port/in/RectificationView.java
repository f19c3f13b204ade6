package org.openhall.complaint.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A rectification order (整改单) as staff see it: no rater identity.
 *
 * @param assignees        who handled the rated service
 * @param returnVisitDueOn last day of the return visit, {@code null} when the rater is anonymous
 * @param overdue          still open after its due day, as of today
 */
public record RectificationView(UUID id, UUID ratingId, String number, String department, List<String> assignees,
        boolean realName, LocalDate openedOn, LocalDate dueOn, LocalDate returnVisitDueOn, boolean overdue,
        String reply, String repliedBy, Instant repliedAt, String visitCaller, Instant visitCalledAt,
        String visitOutcome, String closedBy, Instant closedAt, long version) {
}
