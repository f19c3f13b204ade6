package org.openhall.servicecase.domain.event;

import java.math.BigDecimal;
import java.time.Instant;

/** 退费: a collected fee was refunded with a reason. */
public record FeeRefunded(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, String receiptNumber,
        BigDecimal amount, String reason) implements CaseEvent {
}
