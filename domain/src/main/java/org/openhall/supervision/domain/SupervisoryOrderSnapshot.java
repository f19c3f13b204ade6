package org.openhall.supervision.domain;

import java.time.LocalDate;

/** The stored state of a {@link SupervisoryOrder}. */
public record SupervisoryOrderSnapshot(String id, String department, String caseId, String warningId,
        String instruction, String issuedBy, LocalDate issuedOn, LocalDate replyDueOn, OrderStatus status,
        String reply, String repliedBy, LocalDate repliedOn, long version) {
}
