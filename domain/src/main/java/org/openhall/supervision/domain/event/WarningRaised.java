package org.openhall.supervision.domain.event;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/**
 * 预警/亮牌: electronic supervision raised a warning, a yellow card or a red card on a case.
 * There is exactly one per (case, rule, level), so {@code warningId} identifies it for ever.
 *
 * @param rule     the supervision rule's code, e.g. {@code PROMISED_DUE_APPROACHING}, {@code OVERDUE}
 * @param level    WARNING (预警), YELLOW_CARD (黄牌) or RED_CARD (红牌)
 * @param dueDate  the deadline the rule watched, when it watches one
 * @param raisedOn the working day the rule fired on
 */
public record WarningRaised(String warningId, String caseId, String caseNumber, String department, String rule,
        String level, LocalDate dueDate, LocalDate raisedOn, Instant occurredAt) implements DomainEvent {
}
