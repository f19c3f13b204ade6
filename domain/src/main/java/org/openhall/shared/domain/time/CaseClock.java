package org.openhall.shared.domain.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.CaseClockConflict;
import org.openhall.shared.domain.ExtensionCapExceeded;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.calendar.DayType;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * The clock of one case (办理时限计时): a time limit counted from day 0, stopped by pauses and
 * lengthened by extensions.
 *
 * <p>The rules, all from the Administrative Licensing Law:
 * <ul>
 * <li>Day 0 (受理之日, the day of acceptance, receipt or notice) is not counted; counting
 *     starts the next day. In working days (Art. 82) the due date is the n-th working day
 *     after day 0, so always a working day; in calendar days it is day 0 + n.</li>
 * <li>Paused days do not count (Art. 45): a pause covering k working days moves the due date
 *     by exactly k working days. A pause that begins after the due date changes nothing:
 *     the time had already run out.</li>
 * <li>Approved extensions add working days (Art. 42: 20 + 10, or 45 + 15 for joint
 *     handling), up to a cap the caller takes from the applicable rule.</li>
 * <li>The case is overdue from the calendar day after the due date: the whole due date is
 *     still in time, even when the next days are a weekend.</li>
 * </ul>
 *
 * <p>An open pause has no end yet, so neither has the deadline. Questions that take an
 * {@code asOf} day assume the pause ends on that day (at the earliest on its first day) and
 * mark the answer provisional; those that do not take one refuse with
 * {@link CaseClockConflict#stillPaused} when an open pause would move the due date.
 *
 * <p>Invariants: pauses start after day 0, never overlap, and at most the last one is open;
 * extensions only lengthen working-day limits. Immutable: every change returns a new clock.
 */
@ValueObject
public final class CaseClock {

    private final LocalDate day0;
    private final TimeLimit limit;
    private final List<Pause> pauses;
    private final List<Extension> extensions;

    private CaseClock(LocalDate day0, TimeLimit limit, List<Pause> pauses, List<Extension> extensions) {
        this.day0 = day0;
        this.limit = limit;
        this.pauses = List.copyOf(pauses);
        this.extensions = List.copyOf(extensions);
    }

    /** A clock that starts on {@code day0} with {@code limit}, neither paused nor extended. */
    public static CaseClock start(LocalDate day0, TimeLimit limit) {
        if (day0 == null) {
            throw new InvalidValue("day0", "must be given");
        }
        if (limit == null) {
            throw new InvalidValue("limit", "must be given");
        }
        return new CaseClock(day0, limit, List.of(), List.of());
    }

    /** This clock with one more pause, which must start after day 0 and overlap no other. */
    public CaseClock withPause(Pause pause) {
        if (pause == null) {
            throw new InvalidValue("pause", "must be given");
        }
        if (!pause.from().isAfter(day0)) {
            throw CaseClockConflict.pauseBeforeStart(pause.from(), day0);
        }
        for (Pause existing : pauses) {
            if (existing.overlaps(pause)) {
                throw CaseClockConflict.pauseOverlaps(pause.from(), existing.from());
            }
        }
        List<Pause> more = new ArrayList<>(pauses);
        more.add(pause);
        more.sort(Comparator.comparing(Pause::from));
        return new CaseClock(day0, limit, more, extensions);
    }

    /** This clock with its open pause ended on {@code to} (the last paused day). */
    public CaseClock closeOpenPause(LocalDate to) {
        Pause open = openPause().orElseThrow(CaseClockConflict::noOpenPause);
        List<Pause> closed = new ArrayList<>(pauses);
        closed.set(closed.indexOf(open), open.closedOn(to));
        return new CaseClock(day0, limit, closed, extensions);
    }

    /**
     * This clock with one more approved extension.
     *
     * @param capWorkingDays the most the applicable rule allows in total, e.g. 10 under
     *        Administrative Licensing Law Art. 42
     * @throws ExtensionCapExceeded when the extensions would add up to more than the cap
     */
    public CaseClock withExtension(Extension extension, int capWorkingDays) {
        if (extension == null) {
            throw new InvalidValue("extension", "must be given");
        }
        if (capWorkingDays < 0) {
            throw new InvalidValue("capWorkingDays", "must not be negative");
        }
        if (limit.unit() != LimitUnit.WORKING_DAYS) {
            throw CaseClockConflict.extensionOfCalendarDayLimit();
        }
        if (extension.approvedOn().isBefore(day0)) {
            throw new InvalidValue("approvedOn", "must not be before day 0");
        }
        int alreadyGranted = extensionDays();
        if ((long) alreadyGranted + extension.workingDays() > capWorkingDays) {
            throw new ExtensionCapExceeded(capWorkingDays, extension.workingDays(), alreadyGranted);
        }
        List<Extension> more = new ArrayList<>(extensions);
        more.add(extension);
        return new CaseClock(day0, limit, pauses, more);
    }

    public LocalDate day0() {
        return day0;
    }

    /** The limit as set, without extensions. */
    public TimeLimit limit() {
        return limit;
    }

    /** The pauses in order of their first day. */
    public List<Pause> pauses() {
        return pauses;
    }

    /** The extensions in the order granted. */
    public List<Extension> extensions() {
        return extensions;
    }

    /** The working days added by extensions. */
    public int extensionDays() {
        int total = 0;
        for (Extension extension : extensions) {
            total += extension.workingDays();
        }
        return total;
    }

    /** The limit plus all extensions: what the due date is counted with. */
    public TimeLimit effectiveLimit() {
        return limit.plus(extensionDays());
    }

    /** The pause that has not ended, if any. */
    public Optional<Pause> openPause() {
        return pauses.isEmpty() || !pauses.getLast().isOpen() ? Optional.empty() : Optional.of(pauses.getLast());
    }

    /**
     * The deadline under {@code calendar}.
     *
     * @throws CaseClockConflict {@code clock.still-paused} when an open pause would move it;
     *         use {@link #deadline(WorkingDayCalendar, LocalDate)} then
     */
    public Deadline deadline(WorkingDayCalendar calendar) {
        return compute(requireCalendar(calendar), null);
    }

    /** The deadline as it stands on {@code asOf}: an open pause is assumed to end that day. */
    public Deadline deadline(WorkingDayCalendar calendar, LocalDate asOf) {
        return compute(requireCalendar(calendar), requireDay(asOf, "asOf"));
    }

    /**
     * The working days left on {@code today}: those after today up to and including the due
     * date, so 0 on the due date itself. Once overdue, negative: minus the working days
     * elapsed since the due date, and never more than −1, so that the sign alone tells an
     * overdue case (a Saturday after a Friday due date gives −1). Counted in working days
     * whatever the limit's unit; an open pause is assumed to end today.
     */
    public int remainingWorkingDays(LocalDate today, WorkingDayCalendar calendar) {
        LocalDate due = deadline(calendar, today).dueDate();
        if (!today.isAfter(due)) {
            return calendar.workingDaysBetween(today, due);
        }
        return -Math.max(1, calendar.workingDaysBetween(due, today));
    }

    /** Whether the case is overdue on {@code today}: true from the calendar day after the due date. */
    public boolean isOverdue(LocalDate today, WorkingDayCalendar calendar) {
        return deadline(calendar, today).isOverdueOn(today);
    }

    /**
     * The deadline day by day.
     *
     * @throws CaseClockConflict {@code clock.still-paused} when an open pause would move it
     */
    public DeadlineExplanation explain(WorkingDayCalendar calendar) {
        return explain(requireCalendar(calendar), compute(calendar, null), null);
    }

    /** The deadline day by day as it stands on {@code asOf}: an open pause is assumed to end that day. */
    public DeadlineExplanation explain(WorkingDayCalendar calendar, LocalDate asOf) {
        requireDay(asOf, "asOf");
        return explain(requireCalendar(calendar), compute(calendar, asOf), asOf);
    }

    private Deadline compute(WorkingDayCalendar calendar, LocalDate asOf) {
        boolean inWorkingDays = limit.unit() == LimitUnit.WORKING_DAYS;
        int amount = limit.amount() + extensionDays();
        LocalDate due = inWorkingDays ? calendar.addWorkingDays(day0, amount) : day0.plusDays(amount);
        Pause assumedToEnd = null;
        LocalDate assumedEnd = null;
        for (Pause pause : pauses) {
            if (pause.from().isAfter(due)) {
                break;
            }
            LocalDate last = lastPausedDay(pause, asOf);
            if (last == null) {
                throw CaseClockConflict.stillPaused(pause.from());
            }
            if (pause.isOpen()) {
                assumedToEnd = pause;
                assumedEnd = last;
            }
            // The days the pause took out of the count are added back after the due date found so far.
            due = inWorkingDays
                    ? calendar.addWorkingDays(due, calendar.workingDaysBetween(pause.from().minusDays(1), last))
                    : due.plusDays(ChronoUnit.DAYS.between(pause.from(), last) + 1);
        }
        boolean countedUnloadedDays = inWorkingDays && due.isAfter(day0) && calendar.isProvisional(day0.plusDays(1), due);
        if (!countedUnloadedDays && assumedToEnd == null) {
            // The usual answer; the strings below are built only when there is something to explain.
            return Deadline.firm(due);
        }
        StringJoiner reasons = new StringJoiner("; ");
        if (countedUnloadedDays) {
            calendar.provisionalReason(day0.plusDays(1), due).ifPresent(reasons::add);
        }
        if (assumedToEnd != null) {
            reasons.add("paused since " + assumedToEnd.from() + " (" + assumedToEnd.kind() + "), assumed to end on " + assumedEnd);
        }
        return Deadline.provisional(due, reasons.toString());
    }

    private DeadlineExplanation explain(WorkingDayCalendar calendar, Deadline deadline, LocalDate asOf) {
        boolean inWorkingDays = limit.unit() == LimitUnit.WORKING_DAYS;
        List<ExplainedDay> days = new ArrayList<>();
        days.add(new ExplainedDay(day0, DayVerdict.START, 0, isMakeUpWorkday(calendar, day0),
                calendar.holidayName(day0).orElse(null)));
        int counted = 0;
        int pauseIndex = 0;
        for (LocalDate day = day0.plusDays(1); !day.isAfter(deadline.dueDate()); day = day.plusDays(1)) {
            while (pauseIndex < pauses.size() && endsBefore(pauses.get(pauseIndex), day, asOf)) {
                pauseIndex++;
            }
            Pause pause = pauseIndex < pauses.size() && !pauses.get(pauseIndex).from().isAfter(day)
                    ? pauses.get(pauseIndex) : null;
            boolean makeUp = isMakeUpWorkday(calendar, day);
            if (pause != null) {
                days.add(new ExplainedDay(day, DayVerdict.PAUSED, 0, makeUp, pause.note()));
            } else if (!inWorkingDays || calendar.isWorkingDay(day)) {
                days.add(new ExplainedDay(day, DayVerdict.COUNTED, ++counted, makeUp, null));
            } else {
                Optional<String> holiday = calendar.holidayName(day);
                days.add(holiday.isPresent()
                        ? new ExplainedDay(day, DayVerdict.PUBLIC_HOLIDAY, 0, makeUp, holiday.get())
                        : new ExplainedDay(day, DayVerdict.WEEKEND, 0, makeUp, null));
            }
        }
        return new DeadlineExplanation(day0, limit, extensionDays(), days, deadline);
    }

    /** The last day {@code pause} covers as of {@code asOf}; {@code null} if it is open and no day is given. */
    private static LocalDate lastPausedDay(Pause pause, LocalDate asOf) {
        if (!pause.isOpen()) {
            return pause.to();
        }
        if (asOf == null) {
            return null;
        }
        // However early the question, an open pause already covers its first day.
        return asOf.isAfter(pause.from()) ? asOf : pause.from();
    }

    private static boolean endsBefore(Pause pause, LocalDate day, LocalDate asOf) {
        LocalDate last = lastPausedDay(pause, asOf);
        return last != null && last.isBefore(day);
    }

    private static boolean isMakeUpWorkday(WorkingDayCalendar calendar, LocalDate day) {
        return calendar.typeOf(day) == DayType.MAKE_UP_WORKDAY;
    }

    private static WorkingDayCalendar requireCalendar(WorkingDayCalendar calendar) {
        if (calendar == null) {
            throw new InvalidValue("calendar", "must be given");
        }
        return calendar;
    }

    private static LocalDate requireDay(LocalDate day, String field) {
        if (day == null) {
            throw new InvalidValue(field, "must be given");
        }
        return day;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseClock that
                && day0.equals(that.day0)
                && limit.equals(that.limit)
                && pauses.equals(that.pauses)
                && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day0, limit, pauses, extensions);
    }

    @Override
    public String toString() {
        return "CaseClock[day0=" + day0 + ", limit=" + limit + ", pauses=" + pauses + ", extensions=" + extensions + "]";
    }
}
