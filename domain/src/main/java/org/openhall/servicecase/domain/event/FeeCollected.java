package org.openhall.servicecase.domain.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * 一票制收费: the fees of the case were collected once, under one receipt; {@code catalogAmount} is
 * what the catalog prescribes for the case, so a difference is visible to supervision.
 */
public record FeeCollected(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, String receiptNumber,
        BigDecimal amount, BigDecimal catalogAmount, List<String> feeNames) implements CaseEvent {
}
