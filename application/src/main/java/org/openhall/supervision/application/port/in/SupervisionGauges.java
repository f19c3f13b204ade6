package org.openhall.supervision.application.port.in;

import java.util.Map;

import org.openhall.supervision.domain.WarningLevel;

/** What the metrics show now: open cases, those near their due date, those overdue, and standing warnings by level. */
public record SupervisionGauges(long openCases, long nearDue, long overdue, Map<WarningLevel, Long> warnings) {
}
