package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/** 环节办结: an approval step ended with the handler's recorded opinion. */
public record CaseStepCompleted(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, int stepPosition,
        String stepName, String handlerRole, LocalDate startedOn, LocalDate completedOn, LocalDate dueOn,
        String opinion) implements CaseEvent {
}
