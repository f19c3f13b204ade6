package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** An approved extension (延长期限) of one of a case's clocks. */
@Table("case_clock_extension")
record ClockExtensionRow(CaseClockKind clock, int workingDays, String approvedBy, String reason,
        LocalDate approvedOn) {
}
