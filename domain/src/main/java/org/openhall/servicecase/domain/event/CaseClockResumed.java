package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/** 恢复计时: a pause ended; the due dates are recomputed without the paused working days. */
public record CaseClockResumed(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, String pauseKind,
        LocalDate fromDay, LocalDate toDay, LocalDate statutoryDueDate, LocalDate promisedDueDate) implements CaseEvent {
}
