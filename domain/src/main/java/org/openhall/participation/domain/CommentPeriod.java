package org.openhall.participation.domain;

import java.time.LocalDate;
import java.util.Map;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.participation.domain.problem.CommentPeriodTooShort;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * The period in which the public may comment on a draft (公开征求意见期限).
 *
 * <p>《重大行政决策程序暂行条例》 Art. 15: the period is in general not shorter than
 * {@value #MINIMUM_DAYS} days; where it must be shorter (e.g. urgency), the reason is stated when
 * the draft is published. The days are calendar days, counted by the shared case clock: the day
 * the draft is published is day 0, the period ends on day 0 + n, so a 30-day period opened on
 * 2026-09-20 takes its last comments on 2026-10-20. Weekends and public holidays count like any
 * other day.
 *
 * <p>Invariants: at least one day and at most {@value #MAXIMUM_DAYS}; a period shorter than
 * {@value #MINIMUM_DAYS} days has its reason, a longer one has none; the last day follows the
 * first.
 *
 * @param opensOn              day 0: the day the draft is published and the first day comments are taken
 * @param days                 the length in calendar days
 * @param shorterPeriodReason  why the period is shorter than {@value #MINIMUM_DAYS} days, shown to the public
 * @param closesOn             the last day comments are taken
 */
@ValueObject
public record CommentPeriod(LocalDate opensOn, int days, String shorterPeriodReason, LocalDate closesOn) {

    /** 《重大行政决策程序暂行条例》 Art. 15: "一般不少于30日". */
    public static final int MINIMUM_DAYS = 30;

    /** An upper bound only to catch typing errors; no rule sets one. */
    public static final int MAXIMUM_DAYS = 365;

    static final int REASON_MAX = 2_000;

    public CommentPeriod {
        requireOpeningAndLength(opensOn, days);
        shorterPeriodReason = Texts.optional("shorterPeriodReason", shorterPeriodReason, REASON_MAX);
        if (days < MINIMUM_DAYS && shorterPeriodReason == null) {
            throw new CommentPeriodTooShort(days, MINIMUM_DAYS);
        }
        if (days >= MINIMUM_DAYS && shorterPeriodReason != null) {
            throw new InvalidValue("shorterPeriodReason",
                    "only a period shorter than " + MINIMUM_DAYS + " days takes a reason");
        }
        if (closesOn == null || !closesOn.isAfter(opensOn)) {
            throw new InvalidValue("closesOn", "must follow the opening day");
        }
    }

    /**
     * The period of {@code days} calendar days from {@code opensOn}, its last day worked out by the
     * case clock.
     *
     * @throws CommentPeriodTooShort when it is shorter than {@value #MINIMUM_DAYS} days and no reason is given
     */
    public static CommentPeriod of(LocalDate opensOn, int days, String shorterPeriodReason,
            WorkingDayCalendar calendar) {
        requireOpeningAndLength(opensOn, days);
        LocalDate lastDay = CaseClock.start(opensOn, TimeLimit.calendarDays(days)).deadline(calendar).dueDate();
        return new CommentPeriod(opensOn, days, shorterPeriodReason, lastDay);
    }

    /** Whether comments are taken on {@code day}: from the opening day to the last day, both included. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Whether the period is over on {@code day}: from the day after the last day on. */
    public boolean hasEndedBy(LocalDate day) {
        return day.isAfter(closesOn);
    }

    /** Whether the period is shorter than the rule's {@value #MINIMUM_DAYS} days (and so carries its reason). */
    public boolean isShortened() {
        return days < MINIMUM_DAYS;
    }

    private static void requireOpeningAndLength(LocalDate opensOn, int days) {
        if (opensOn == null) {
            throw new InvalidValue("opensOn", "must be given");
        }
        if (days < 1 || days > MAXIMUM_DAYS) {
            throw new InvalidValue("periodDays", "must be between 1 and " + MAXIMUM_DAYS, Map.of("maximum", MAXIMUM_DAYS));
        }
    }
}
