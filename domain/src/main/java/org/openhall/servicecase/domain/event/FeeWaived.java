package org.openhall.servicecase.domain.event;

import java.math.BigDecimal;
import java.time.Instant;

/** 减免: a fee of the case was waived with a reason. */
public record FeeWaived(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, String feeName,
        BigDecimal amount, String reason) implements CaseEvent {
}
