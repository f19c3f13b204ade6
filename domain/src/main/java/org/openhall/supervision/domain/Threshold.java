package org.openhall.supervision.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * When a deadline rule raises one level (预警/亮牌时点): {@code workingDays} working days before the
 * watched due date, or that many working days after it.
 *
 * <p>Before the due date: the level is raised on the working day that has exactly
 * {@code workingDays} working days after it up to the due date ("one working day before" a due
 * date of Thursday 8 October 2026 is Wednesday 30 September: the National Day days between do not
 * count) and holds until the due date. After it: a case is overdue from the calendar day after
 * its due date (逾期自期限届满次日起算), so 0 working days overdue is that calendar day, and
 * n ≥ 1 is the n-th working day after the due date.
 *
 * @param level       what is raised
 * @param beforeDue   whether the threshold lies before the due date rather than after it
 * @param workingDays how many working days before or after, 0 to 60
 */
@ValueObject
public record Threshold(WarningLevel level, boolean beforeDue, int workingDays) {

    /** The longest distance any centre's rules were seen to use, with room to spare. */
    public static final int MAX_WORKING_DAYS = 60;

    public Threshold {
        Objects.requireNonNull(level, "level");
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new InvalidValue("workingDays", "must be between 0 and " + MAX_WORKING_DAYS);
        }
    }

    public static Threshold before(WarningLevel level, int workingDays) {
        return new Threshold(level, true, workingDays);
    }

    public static Threshold overdue(WarningLevel level, int workingDays) {
        return new Threshold(level, false, workingDays);
    }

    /** The first day on which this threshold holds for a case due on {@code due}. */
    public LocalDate firesOn(LocalDate due, WorkingDayCalendar calendar) {
        if (!beforeDue) {
            return workingDays == 0 ? due.plusDays(1) : calendar.addWorkingDays(due, workingDays);
        }
        LocalDate day = due;
        int counted = 0;
        // Walking back at most a few dozen days: the calendar has no subtraction, and thresholds are short.
        while (counted < workingDays) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether the threshold holds on {@code today} for a case due on {@code due}. */
    public boolean holdsOn(LocalDate today, LocalDate due, WorkingDayCalendar calendar) {
        if (beforeDue && today.isAfter(due)) {
            // A warning before the due date is pointless once the overdue thresholds have taken over.
            return false;
        }
        return !firesOn(due, calendar).isAfter(today);
    }
}
