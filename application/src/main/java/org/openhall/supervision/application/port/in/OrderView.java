package org.openhall.supervision.application.port.in;

import java.time.LocalDate;

/** A supervisory order with its reply; {@code replyOverdue} as of today. */
public record OrderView(String id, String department, String caseId, String warningId, String instruction,
        String issuedBy, LocalDate issuedOn, LocalDate replyDueOn, String status, String reply, String repliedBy,
        LocalDate repliedOn, boolean replyOverdue) {
}
