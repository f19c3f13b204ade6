package org.openhall.supervision.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * A stretch of a supervised case's life that does not count against its department (中止计时): a
 * special procedure of Art. 45 (hearing, expert review, inspection …). Both ends included;
 * {@code to} is {@code null} while the pause lasts.
 */
@ValueObject
public record CasePause(String kind, LocalDate from, LocalDate to) {

    public CasePause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
    }

    /** The working days of the pause up to {@code until} (for a pause that still lasts), both ends included. */
    public int workingDays(WorkingDayCalendar calendar, LocalDate until) {
        LocalDate end = to != null ? to : until;
        if (end.isBefore(from)) {
            return 0;
        }
        return calendar.workingDaysBetween(from.minusDays(1), end);
    }
}
