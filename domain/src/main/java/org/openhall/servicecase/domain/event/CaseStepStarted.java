package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 环节开始: an approval step of the item's procedure began; {@code dueOn} is the last day of the
 * step's own limit (null for a step without one).
 */
public record CaseStepStarted(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, int stepPosition,
        String stepName, String handlerRole, LocalDate startedOn, LocalDate dueOn) implements CaseEvent {
}
