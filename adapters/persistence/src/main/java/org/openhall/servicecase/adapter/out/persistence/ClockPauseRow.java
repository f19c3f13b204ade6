package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.shared.domain.time.PauseKind;

/** A pause (中止计时) of one of a case's clocks; {@code toDay} is empty while the pause is open. */
record ClockPauseRow(CaseClockKind clock, LocalDate fromDay, LocalDate toDay, PauseKind kind, String legalBasis) {
}
