package org.openhall.shared.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The working-day calendar of one jurisdiction (工作日历): which days count when a time limit
 * is measured in working days (Administrative Licensing Law Art. 82: periods are working
 * days, statutory holidays excluded).
 *
 * <p>A working day is a Monday to Friday that is not a day off of the published schedule,
 * plus every make-up working day (调休上班日) unless the {@link CalendarSettings} say
 * otherwise. Years are loaded one {@link CalendarYear} at a time and need not be
 * contiguous: a year that is not loaded (before, between or after the loaded ones) is
 * counted with weekends only, and every answer that depends on it is
 * {@linkplain #isProvisional provisional}, because its holiday notice is not yet known
 * (the State Council publishes it late in the preceding year).
 *
 * <p>Counting is by ordinals, never by walking the days: every day has an ordinal, the
 * number of working days from a fixed origin up to and including it. For a loaded year
 * the ordinals come from a cumulative count per day of the year and the working days from
 * a per-year array, both built once here; for a year that is not loaded, from closed-form
 * weekday arithmetic. Adding n working days is then one lookup of the start's ordinal and
 * one of the date with ordinal + n, whatever n is.
 *
 * <p>Immutable and safe to share between threads.
 */
@ValueObject
public final class WorkingDayCalendar {

    private static final DayType[] DAY_TYPES = DayType.values();

    /** 1970-01-01 (epoch day 0) was a Thursday, so the Monday before it is epoch day −3. */
    private static final long DAYS_FROM_MONDAY_TO_EPOCH = 3;

    /** How many years a provisional reason names one by one before it summarises them. */
    private static final int YEARS_NAMED_IN_REASON = 5;

    private final JurisdictionCode jurisdiction;
    private final CalendarSettings settings;
    private final List<CalendarYear> years;

    /** The first loaded year; the span below starts here. Meaningless when nothing is loaded. */
    private final int firstYear;

    /** Index {@code year - firstYear} up to the last loaded year; {@code null} for a gap year. */
    private final LoadedYear[] span;

    /** [i]: ordinal of 31 December before year {@code firstYear + i}; [span.length]: of the last loaded year's end. */
    private final long[] ordinalBeforeYear;

    /** [i]: ordinal minus weekday ordinal for any day of gap year i; [span.length]: for every day after the span. */
    private final long[] correctionInYear;

    /** [i]: how many of the years {@code firstYear .. firstYear + i - 1} are loaded. */
    private final int[] loadedYearsBefore;

    private WorkingDayCalendar(JurisdictionCode jurisdiction, CalendarSettings settings, List<CalendarYear> years) {
        this.jurisdiction = jurisdiction;
        this.settings = settings;
        this.years = years;
        if (years.isEmpty()) {
            this.firstYear = 0;
            this.span = new LoadedYear[0];
            this.ordinalBeforeYear = new long[] {0};
            this.correctionInYear = new long[] {0};
            this.loadedYearsBefore = new int[] {0};
            return;
        }
        this.firstYear = years.getFirst().year();
        int spanLength = years.getLast().year() - firstYear + 1;
        this.span = new LoadedYear[spanLength];
        for (CalendarYear year : years) {
            span[year.year() - firstYear] = new LoadedYear(year, settings);
        }
        this.ordinalBeforeYear = new long[spanLength + 1];
        this.correctionInYear = new long[spanLength + 1];
        this.loadedYearsBefore = new int[spanLength + 1];
        long lastDayBefore = LocalDate.of(firstYear, 1, 1).toEpochDay() - 1;
        ordinalBeforeYear[0] = weekdayOrdinal(lastDayBefore);
        for (int i = 0; i < spanLength; i++) {
            correctionInYear[i] = ordinalBeforeYear[i] - weekdayOrdinal(lastDayBefore);
            long lastDayOfYear = LocalDate.of(firstYear + i, 12, 31).toEpochDay();
            int workingDaysInYear = span[i] != null
                    ? span[i].workingDays.length
                    : (int) (weekdayOrdinal(lastDayOfYear) - weekdayOrdinal(lastDayBefore));
            ordinalBeforeYear[i + 1] = ordinalBeforeYear[i] + workingDaysInYear;
            loadedYearsBefore[i + 1] = loadedYearsBefore[i] + (span[i] != null ? 1 : 0);
            lastDayBefore = lastDayOfYear;
        }
        correctionInYear[spanLength] = ordinalBeforeYear[spanLength] - weekdayOrdinal(lastDayBefore);
    }

    /**
     * The calendar of {@code jurisdiction} from its published years.
     *
     * @param years each year at most once, each of this jurisdiction (a county adopts the
     *        national schedule with {@link CalendarYear#withLocalHolidays}); may be empty, and
     *        need not be contiguous
     */
    public static WorkingDayCalendar of(JurisdictionCode jurisdiction, Collection<CalendarYear> years, CalendarSettings settings) {
        if (jurisdiction == null) {
            throw new InvalidValue("jurisdiction", "must be given");
        }
        if (years == null) {
            throw new InvalidValue("years", "must be given (may be empty)");
        }
        if (settings == null) {
            throw new InvalidValue("settings", "must be given");
        }
        List<CalendarYear> sorted = new ArrayList<>(years.size());
        for (CalendarYear year : years) {
            if (year == null) {
                throw new InvalidValue("years", "contains no year");
            }
            if (!year.jurisdiction().equals(jurisdiction)) {
                throw new InvalidValue("years", year.year() + " is the schedule of " + year.jurisdiction()
                        + ", not of " + jurisdiction);
            }
            sorted.add(year);
        }
        sorted.sort(Comparator.comparingInt(CalendarYear::year));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).year() == sorted.get(i - 1).year()) {
                throw new InvalidValue("years", sorted.get(i).year() + " is given twice");
            }
        }
        return new WorkingDayCalendar(jurisdiction, settings, List.copyOf(sorted));
    }

    /** The calendar of {@code jurisdiction} with {@linkplain CalendarSettings#defaults() default settings}. */
    public static WorkingDayCalendar of(JurisdictionCode jurisdiction, Collection<CalendarYear> years) {
        return of(jurisdiction, years, CalendarSettings.defaults());
    }

    public JurisdictionCode jurisdiction() {
        return jurisdiction;
    }

    public CalendarSettings settings() {
        return settings;
    }

    /** The loaded years, in order. */
    public List<CalendarYear> years() {
        return years;
    }

    /** The official designation of {@code date}; outside the loaded years only weekdays and weekends are known. */
    public DayType typeOf(LocalDate date) {
        LoadedYear loaded = loadedYearOf(date);
        if (loaded != null) {
            return DAY_TYPES[loaded.types[date.getDayOfYear() - 1]];
        }
        return isWeekend(date) ? DayType.WEEKEND : DayType.WORKDAY;
    }

    /** Whether {@code date} counts towards a limit in working days. */
    public boolean isWorkingDay(LocalDate date) {
        LoadedYear loaded = loadedYearOf(date);
        if (loaded != null) {
            int dayOfYear = date.getDayOfYear();
            return loaded.workingDaysUpTo[dayOfYear] != loaded.workingDaysUpTo[dayOfYear - 1];
        }
        return !isWeekend(date);
    }

    /** The name of the holiday {@code date} belongs to, if it is a day off of a loaded schedule. */
    public Optional<String> holidayName(LocalDate date) {
        LoadedYear loaded = loadedYearOf(date);
        return loaded == null ? Optional.empty() : Optional.ofNullable(loaded.source.holidays().get(date));
    }

    /** Whether the schedule of {@code year} is loaded. */
    public boolean isLoaded(int year) {
        int i = year - firstYear;
        return i >= 0 && i < span.length && span[i] != null;
    }

    /** The last loaded year, if any: deadlines beyond it are provisional. */
    public OptionalInt lastLoadedYear() {
        return years.isEmpty() ? OptionalInt.empty() : OptionalInt.of(years.getLast().year());
    }

    /**
     * The {@code n}-th working day after {@code day0}, {@code day0} itself not counted
     * ("自受理之日起": the day of acceptance is day 0). For {@code n = 0}, {@code day0} itself,
     * whatever kind of day it is; for {@code n ≥ 1} always a working day.
     */
    public LocalDate addWorkingDays(LocalDate day0, int n) {
        Objects.requireNonNull(day0, "day0");
        if (n < 0) {
            throw new InvalidValue("n", "must not be negative");
        }
        if (n == 0) {
            return day0;
        }
        return dateOfOrdinal(ordinal(day0) + n);
    }

    /**
     * The number of working days after {@code day0Exclusive} up to and including
     * {@code endInclusive}; the inverse of {@link #addWorkingDays}. When the end lies before
     * the start the answer is the negated count of working days after {@code endInclusive} up
     * to and including {@code day0Exclusive}, so that {@code between(a, b) = −between(b, a)}.
     */
    public int workingDaysBetween(LocalDate day0Exclusive, LocalDate endInclusive) {
        Objects.requireNonNull(day0Exclusive, "day0Exclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        return Math.toIntExact(ordinal(endInclusive) - ordinal(day0Exclusive));
    }

    /** Whether any day from {@code from} to {@code to} (both included) lies in a year that is not loaded. */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        return unloadedYearsIn(from, to) > 0;
    }

    /**
     * Why an answer about the days from {@code from} to {@code to} (both included) is
     * provisional, e.g. "calendar for 2027 not loaded"; empty when every year is loaded.
     */
    public Optional<String> provisionalReason(LocalDate from, LocalDate to) {
        long unloaded = unloadedYearsIn(from, to);
        if (unloaded == 0) {
            return Optional.empty();
        }
        if (unloaded == 1) {
            for (int year = from.getYear(); ; year++) {
                if (!isLoaded(year)) {
                    return Optional.of("calendar for " + year + " not loaded");
                }
            }
        }
        if (unloaded > YEARS_NAMED_IN_REASON) {
            return Optional.of("calendars for " + unloaded + " years between " + from.getYear() + " and "
                    + to.getYear() + " not loaded");
        }
        StringJoiner names = new StringJoiner(", ", "calendars for ", " not loaded");
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!isLoaded(year)) {
                names.add(Integer.toString(year));
            }
        }
        return Optional.of(names.toString());
    }

    private long unloadedYearsIn(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidValue("to", "must not be before from");
        }
        long yearsInRange = (long) to.getYear() - from.getYear() + 1;
        int fromIndex = clampToSpan((long) from.getYear() - firstYear);
        int toIndex = clampToSpan((long) to.getYear() - firstYear + 1);
        return yearsInRange - (loadedYearsBefore[toIndex] - loadedYearsBefore[fromIndex]);
    }

    private int clampToSpan(long index) {
        return (int) Math.max(0, Math.min(span.length, index));
    }

    /** The number of working days from the origin up to and including {@code date}. */
    private long ordinal(LocalDate date) {
        int i = date.getYear() - firstYear;
        if (i < 0) {
            return weekdayOrdinal(date.toEpochDay());
        }
        if (i >= span.length) {
            return weekdayOrdinal(date.toEpochDay()) + correctionInYear[span.length];
        }
        LoadedYear loaded = span[i];
        if (loaded == null) {
            return weekdayOrdinal(date.toEpochDay()) + correctionInYear[i];
        }
        return ordinalBeforeYear[i] + loaded.workingDaysUpTo[date.getDayOfYear()];
    }

    /** The working day whose ordinal is {@code ordinal}. */
    private LocalDate dateOfOrdinal(long ordinal) {
        int n = span.length;
        if (n == 0 || ordinal <= ordinalBeforeYear[0]) {
            return LocalDate.ofEpochDay(nthWeekday(ordinal));
        }
        if (ordinal > ordinalBeforeYear[n]) {
            return LocalDate.ofEpochDay(nthWeekday(ordinal - correctionInYear[n]));
        }
        // The year whose ordinals (ordinalBeforeYear[i], ordinalBeforeYear[i + 1]] hold the target.
        int low = 0;
        int high = n - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (ordinalBeforeYear[middle] < ordinal) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        LoadedYear loaded = span[low];
        if (loaded == null) {
            return LocalDate.ofEpochDay(nthWeekday(ordinal - correctionInYear[low]));
        }
        return loaded.workingDays[(int) (ordinal - ordinalBeforeYear[low] - 1)];
    }

    private LoadedYear loadedYearOf(LocalDate date) {
        int i = date.getYear() - firstYear;
        return i >= 0 && i < span.length ? span[i] : null;
    }

    /** Mondays to Fridays from the Monday before the epoch up to and including {@code epochDay}. */
    private static long weekdayOrdinal(long epochDay) {
        long sinceMonday = epochDay + DAYS_FROM_MONDAY_TO_EPOCH;
        return 5 * Math.floorDiv(sinceMonday, 7) + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
    }

    /** The epoch day of the weekday whose weekday ordinal is {@code weekdayOrdinal}. */
    private static long nthWeekday(long weekdayOrdinal) {
        long zeroBased = weekdayOrdinal - 1;
        return 7 * Math.floorDiv(zeroBased, 5) + Math.floorMod(zeroBased, 5) - DAYS_FROM_MONDAY_TO_EPOCH;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDayCalendar that
                && jurisdiction.equals(that.jurisdiction)
                && settings.equals(that.settings)
                && years.equals(that.years);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jurisdiction, settings, years);
    }

    @Override
    public String toString() {
        StringJoiner loaded = new StringJoiner(", ", "[", "]");
        years.forEach(year -> loaded.add(Integer.toString(year.year())));
        return "WorkingDayCalendar[" + jurisdiction + ", years " + loaded + ", " + settings + "]";
    }

    /** One loaded year, indexed for counting; built once per calendar. */
    private static final class LoadedYear {

        final CalendarYear source;

        /** [dayOfYear − 1]: the ordinal of the day's {@link DayType}. */
        final byte[] types;

        /** [dayOfYear]: working days of this year on or before that day; [0] = 0. */
        final int[] workingDaysUpTo;

        /** [k − 1]: the k-th working day of this year. */
        final LocalDate[] workingDays;

        LoadedYear(CalendarYear source, CalendarSettings settings) {
            this.source = source;
            LocalDate first = LocalDate.of(source.year(), 1, 1);
            int length = first.lengthOfYear();
            this.types = new byte[length];
            this.workingDaysUpTo = new int[length + 1];
            List<LocalDate> working = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                LocalDate date = first.plusDays(i);
                DayType type = source.isHoliday(date) ? DayType.PUBLIC_HOLIDAY
                        : source.isMakeUpWorkday(date) ? DayType.MAKE_UP_WORKDAY
                        : isWeekend(date) ? DayType.WEEKEND
                        : DayType.WORKDAY;
                types[i] = (byte) type.ordinal();
                boolean isWorking = type == DayType.WORKDAY
                        || type == DayType.MAKE_UP_WORKDAY && settings.makeUpDaysAreWorkingDays();
                if (isWorking) {
                    working.add(date);
                }
                workingDaysUpTo[i + 1] = working.size();
            }
            this.workingDays = working.toArray(LocalDate[]::new);
        }
    }
}
