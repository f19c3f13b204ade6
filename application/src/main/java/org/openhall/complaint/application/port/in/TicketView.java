package org.openhall.complaint.application.port.in;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A ticket as staff see it, with the citizen's contact (they call back) and its limits.
 *
 * @param overdue        whether the ticket is without reply past its due date today
 * @param extension      the extension asked or granted, or {@code null}
 * @param followUp       the follow-up call, or {@code null}
 * @param version        the stored version, the {@code ETag} of the API
 */
public record TicketView(String id, String number, String ticketClass, String className, String channel,
        String status, String department, String subject, String description, String callerName,
        String callerPhone, String callerEmail, String address, Double latitude, Double longitude,
        RelatedCaseView relatedCase, String callId, String externalReference, OffsetDateTime receivedAt,
        LocalDate receivedOn, LocalDate dueOn, LocalDate signInDueOn, boolean overdue, String reply,
        String repliedBy, ExtensionView extension, FollowUpView followUp, LocalDate closedOn, int reopenCount,
        int supervisionCount, List<String> handlers, long version) {

    /** The case an efficiency complaint is about. */
    public record RelatedCaseView(String caseId, String caseNumber, String department, List<String> handlers) {
    }

    /** 延期. */
    public record ExtensionView(int workingDays, String reason, String requestedBy, LocalDate requestedOn,
            String approvedBy, LocalDate approvedOn) {
    }

    /** 回访. */
    public record FollowUpView(String satisfaction, String note, String calledBy, OffsetDateTime calledAt) {
    }
}
