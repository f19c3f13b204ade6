package org.openhall.supervision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * The deadline rules applied to one case on one day (时限监察): which thresholds hold — a warning
 * before the watched due date, cards after it, a card for a step past its own limit — and on which
 * day the next one will. The sweep looks at a case only on the days this names, so that a million
 * open cases cost nothing on the days nothing happens to them.
 */
public final class DeadlineWatch {

    private DeadlineWatch() {
    }

    /** Everything the deadline rules find on {@code today}; already raised findings are found again. */
    public static List<Finding> findingsOn(SupervisedCase c, RuleSettings settings, WorkingDayCalendar calendar,
            LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        if (c.stage().isClosed()) {
            return findings;
        }
        for (Threshold t : settings.thresholds()) {
            WatchedDeadline watched = t.beforeDue() ? settings.approachingWatches() : settings.overdueWatches();
            c.dueOn(watched).filter(due -> t.holdsOn(today, due, calendar)).ifPresent(due -> findings.add(
                    new Finding(t.beforeDue() ? SupervisionRule.approaching(watched) : SupervisionRule.overdue(watched),
                            t.level(), due)));
        }
        settings.levelOf(SupervisionRule.STEP_OVERDUE).ifPresent(level -> c.step()
                .filter(s -> s.dueOn() != null && today.isAfter(s.dueOn()))
                .ifPresent(s -> findings.add(new Finding(SupervisionRule.STEP_OVERDUE, level, s.dueOn()))));
        return findings;
    }

    /** The first day after {@code after} on which a threshold that does not hold yet will. */
    public static Optional<LocalDate> nextCheckAfter(SupervisedCase c, RuleSettings settings,
            WorkingDayCalendar calendar, LocalDate after) {
        return fireDays(c, settings, calendar).stream().filter(d -> d.isAfter(after)).min(LocalDate::compareTo);
    }

    /** The earliest day any threshold holds, past or future: a new or changed case is looked at from then. */
    public static Optional<LocalDate> firstCheck(SupervisedCase c, RuleSettings settings, WorkingDayCalendar calendar) {
        return fireDays(c, settings, calendar).stream().min(LocalDate::compareTo);
    }

    private static List<LocalDate> fireDays(SupervisedCase c, RuleSettings settings, WorkingDayCalendar calendar) {
        List<LocalDate> days = new ArrayList<>();
        if (c.stage().isClosed()) {
            return days;
        }
        for (Threshold t : settings.thresholds()) {
            c.dueOn(t.beforeDue() ? settings.approachingWatches() : settings.overdueWatches())
                    .ifPresent(due -> days.add(t.firesOn(due, calendar)));
        }
        if (settings.levelOf(SupervisionRule.STEP_OVERDUE).isPresent()) {
            c.step().filter(s -> s.dueOn() != null).ifPresent(s -> days.add(s.dueOn().plusDays(1)));
        }
        return days;
    }
}
