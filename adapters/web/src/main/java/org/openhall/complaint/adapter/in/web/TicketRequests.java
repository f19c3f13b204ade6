package org.openhall.complaint.adapter.in.web;

import org.openhall.complaint.domain.Satisfaction;
import org.openhall.complaint.domain.TicketChannel;

/** The bodies of the ticket API's requests. */
final class TicketRequests {

    private TicketRequests() {
    }

    /** 登记. {@code relatedCaseNumber} makes it an efficiency complaint about that case. */
    record OpenBody(TicketChannel channel, String ticketClass, String callerName, String callerPhone, String subject,
            String description, String relatedCaseNumber, String callId, String externalReference) {
    }

    record DispatchBody(String department) {
    }

    record ReasonsBody(String reasons) {
    }

    record NoteBody(String note) {
    }

    record ReplyBody(String text) {
    }

    record ExtensionBody(int workingDays, String reason) {
    }

    record FollowUpBody(Satisfaction satisfaction, String note) {
    }

    record ReopenBody(String reason) {
    }

    record LatenessReport(int reported) {
    }
}
