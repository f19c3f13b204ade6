package org.openhall.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The stored state of a {@link Warning}; {@code version} guards against lost updates. */
public record WarningSnapshot(String id, String caseId, String caseNumber, String department, String itemCode,
        SupervisionRule rule, WarningLevel level, LocalDate dueOn, LocalDate raisedOn, Instant raisedAt,
        WarningStatus status, String contestReason, String contestedBy, LocalDate contestedOn, String decisionReason,
        String decidedBy, LocalDate decidedOn, long version) {
}
