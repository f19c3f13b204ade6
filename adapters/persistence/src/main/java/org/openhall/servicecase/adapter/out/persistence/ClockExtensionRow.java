package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;

/** An approved extension (延长期限) of one of a case's clocks. */
record ClockExtensionRow(CaseClockKind clock, int workingDays, String approvedBy, String reason,
        LocalDate approvedOn) {
}
