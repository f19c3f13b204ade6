package org.openhall.complaint.adapter.in.web.hotline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The operator's ticket form for the call (来电登记); the channel, the caller's number and the
 * call id come from the call.
 *
 * @param callbackPhone a number to reply to when the caller's own was withheld or is a switchboard's
 */
public record CallTicketRequest(@NotBlank @Size(max = 64) String ticketClass, @Size(max = 100) String callerName,
        @Size(max = 32) String callbackPhone, @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 4000) String description, @Size(max = 40) String relatedCaseNumber) {
}
