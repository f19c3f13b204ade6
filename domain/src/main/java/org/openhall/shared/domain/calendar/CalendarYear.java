package org.openhall.shared.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One year of one jurisdiction's published holiday schedule (年度节假日安排), e.g. the General
 * Office of the State Council's notice on the 2026 holidays, or that notice with a county's
 * minority festival added.
 *
 * <p>Invariants: every date lies in {@code year}; no date is both a holiday and a make-up
 * working day; a make-up working day is a Saturday or Sunday (a weekday is a working day
 * anyway, so declaring one would be a data error); every holiday has a name; the source
 * (the notice and its number) is given, because a deadline must be traceable to the rule
 * that made it. The collections are immutable, sorted copies.
 *
 * @param jurisdiction whose schedule this is
 * @param year the calendar year
 * @param holidays every day off of the schedule (放假日), with the name of its holiday
 * @param makeUpWorkdays the weekend days declared working days (调休上班日)
 * @param source where the schedule is published, e.g. {@code 国办发明电〔2024〕12号}
 */
@ValueObject
public record CalendarYear(
        JurisdictionCode jurisdiction,
        int year,
        Map<LocalDate, String> holidays,
        Set<LocalDate> makeUpWorkdays,
        String source) {

    public CalendarYear {
        if (jurisdiction == null) {
            throw new InvalidValue("jurisdiction", "must be given");
        }
        // Four-digit years, as holiday notices and identity numbers write them.
        if (year < 1 || year > 9999) {
            throw new InvalidValue("year", "must be between 1 and 9999");
        }
        if (holidays == null) {
            throw new InvalidValue("holidays", "must be given (may be empty)");
        }
        if (makeUpWorkdays == null) {
            throw new InvalidValue("makeUpWorkdays", "must be given (may be empty)");
        }
        if (source == null || source.isBlank()) {
            throw new InvalidValue("source", "must name the published schedule");
        }
        SortedMap<LocalDate, String> holidayCopy = new TreeMap<>();
        for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
            LocalDate date = requireInYear(holiday.getKey(), year, "holidays");
            String name = holiday.getValue();
            if (name == null || name.isBlank()) {
                throw new InvalidValue("holidays", "the holiday on " + date + " has no name");
            }
            holidayCopy.put(date, name.strip());
        }
        SortedSet<LocalDate> makeUpCopy = new TreeSet<>();
        for (LocalDate date : makeUpWorkdays) {
            requireInYear(date, year, "makeUpWorkdays");
            if (!isWeekend(date)) {
                throw new InvalidValue("makeUpWorkdays", date + " is a " + date.getDayOfWeek()
                        + ", but a make-up working day is always a Saturday or Sunday");
            }
            if (holidayCopy.containsKey(date)) {
                throw new InvalidValue("makeUpWorkdays", date + " is also a holiday");
            }
            makeUpCopy.add(date);
        }
        holidays = Collections.unmodifiableSortedMap(holidayCopy);
        makeUpWorkdays = Collections.unmodifiableSortedSet(makeUpCopy);
        source = source.strip();
    }

    /** Whether the schedule declares {@code date} a day off. */
    public boolean isHoliday(LocalDate date) {
        return holidays.containsKey(date);
    }

    /** Whether the schedule declares {@code date} a make-up working day. */
    public boolean isMakeUpWorkday(LocalDate date) {
        return makeUpWorkdays.contains(date);
    }

    /**
     * This schedule as adopted by a local jurisdiction that adds holidays of its own, e.g. a
     * county in Guangxi adding 壮族三月三 on the strength of the autonomous region's rules.
     *
     * @param local the jurisdiction adopting the schedule
     * @param extraHolidays the local days off, with their names; they must not fall on a
     *        make-up working day of this schedule
     * @param localSource the local rule, appended to this schedule's source
     */
    public CalendarYear withLocalHolidays(JurisdictionCode local, Map<LocalDate, String> extraHolidays, String localSource) {
        if (extraHolidays == null) {
            throw new InvalidValue("holidays", "must be given (may be empty)");
        }
        if (localSource == null || localSource.isBlank()) {
            throw new InvalidValue("source", "must name the local rule");
        }
        Map<LocalDate, String> merged = new TreeMap<>(holidays);
        for (Map.Entry<LocalDate, String> extra : extraHolidays.entrySet()) {
            // A local festival on a national holiday keeps the national name: that is the rule that closes the office.
            merged.putIfAbsent(extra.getKey(), extra.getValue());
        }
        return new CalendarYear(local, year, merged, makeUpWorkdays, source + "; " + localSource.strip());
    }

    /**
     * Every day from {@code from} to {@code to}, both included, mapped to {@code name}: a
     * holiday as a notice states it ("10月1日至8日放假调休，共8天").
     */
    public static Map<LocalDate, String> holidayRange(String name, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidValue("holidays", "a range needs both ends");
        }
        if (to.isBefore(from)) {
            throw new InvalidValue("holidays", "the range " + from + ".." + to + " ends before it starts");
        }
        Map<LocalDate, String> range = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            range.put(day, name);
        }
        return range;
    }

    /** Starts a schedule for one jurisdiction and year, to be filled as the notice reads. */
    public static Builder builder(JurisdictionCode jurisdiction, int year) {
        return new Builder(jurisdiction, year);
    }

    private static LocalDate requireInYear(LocalDate date, int year, String field) {
        if (date == null) {
            throw new InvalidValue(field, "contains no date");
        }
        if (date.getYear() != year) {
            throw new InvalidValue(field, date + " is not in " + year);
        }
        return date;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Collects a schedule as a holiday notice lists it; validation happens in {@link #build()}. */
    public static final class Builder {

        private final JurisdictionCode jurisdiction;
        private final int year;
        private final Map<LocalDate, String> holidays = new TreeMap<>();
        private final Set<LocalDate> makeUpWorkdays = new LinkedHashSet<>();

        private Builder(JurisdictionCode jurisdiction, int year) {
            this.jurisdiction = jurisdiction;
            this.year = year;
        }

        /** Days off from {@code from} to {@code to}, both included. */
        public Builder holidays(String name, LocalDate from, LocalDate to) {
            holidays.putAll(holidayRange(name, from, to));
            return this;
        }

        /** One day off. */
        public Builder holiday(String name, LocalDate date) {
            return holidays(name, date, date);
        }

        /** Weekend days declared working days. */
        public Builder makeUpWorkdays(LocalDate... dates) {
            makeUpWorkdays.addAll(Arrays.asList(Objects.requireNonNull(dates, "dates")));
            return this;
        }

        public CalendarYear build(String source) {
            return new CalendarYear(jurisdiction, year, holidays, makeUpWorkdays, source);
        }
    }
}
