package org.openhall.supervision.application.port.in;

import java.time.Instant;
import java.time.LocalDate;

/** A warning or card as supervisors and departments read it. */
public record WarningView(String id, String caseId, String caseNumber, String department, String itemCode,
        String rule, String level, LocalDate dueOn, LocalDate raisedOn, Instant raisedAt, String status,
        String contestReason, String contestedBy, LocalDate contestedOn, String decisionReason, String decidedBy,
        LocalDate decidedOn) {
}
