package org.openhall.shared.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDayCalendarProperties {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);

    private final WorkingDayCalendar china = NationalCalendars.china2025to2026();
    private final NaiveWorkingDays naiveChina = NaiveWorkingDays.of(china);

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, (int) (LAST.toEpochDay() - FIRST.toEpochDay()))
                .map(FIRST::plusDays);
    }

    @Property
    void addingWorkingDaysEqualsCountingDayByDay(@ForAll("days") LocalDate day0, @ForAll @IntRange(max = 60) int n) {
        assertThat(china.addWorkingDays(day0, n)).isEqualTo(naiveChina.addWorkingDays(day0, n));
    }

    @Property
    void workingDaysBetweenEqualsCountingDayByDay(@ForAll("days") LocalDate from, @ForAll("days") LocalDate to) {
        assertThat(china.workingDaysBetween(from, to)).isEqualTo(naiveChina.workingDaysBetween(from, to));
    }

    @Property
    void addingAndCountingAreInverse(@ForAll("days") LocalDate day0, @ForAll @IntRange(max = 60) int n) {
        assertThat(china.workingDaysBetween(day0, china.addWorkingDays(day0, n))).isEqualTo(n);
    }

    @Property
    void countingThenAddingReachesTheLastWorkingDayOnOrBeforeTheEnd(@ForAll("days") LocalDate day0, @ForAll("days") LocalDate end) {
        if (end.isBefore(day0)) {
            return;
        }
        LocalDate reached = china.addWorkingDays(day0, china.workingDaysBetween(day0, end));

        assertThat(reached).isBeforeOrEqualTo(end);
        assertThat(china.workingDaysBetween(reached, end)).isZero();
    }

    @Property
    void theNthWorkingDayIsAWorkingDay(@ForAll("days") LocalDate day0, @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(china.isWorkingDay(china.addWorkingDays(day0, n))).isTrue();
    }

    @Property
    void workingDaysAreExactlyWhatTheNoticeAndTheWeekSay(@ForAll("days") LocalDate day) {
        assertThat(china.isWorkingDay(day)).isEqualTo(naiveChina.isWorkingDay(day));
        DayType type = china.typeOf(day);
        assertThat(china.isWorkingDay(day)).isEqualTo(type == DayType.WORKDAY || type == DayType.MAKE_UP_WORKDAY);
        assertThat(china.holidayName(day).isPresent()).isEqualTo(type == DayType.PUBLIC_HOLIDAY);
    }

    @Property(tries = 300)
    void anyCalendarCountsLikeTheDayByDayReference(
            @ForAll("calendars") WorkingDayCalendar calendar,
            @ForAll @IntRange(min = 2022, max = 2030) int startYear,
            @ForAll @IntRange(max = 365) int startDay,
            @ForAll @IntRange(max = 400) int n) {
        NaiveWorkingDays naive = NaiveWorkingDays.of(calendar);
        LocalDate day0 = LocalDate.ofYearDay(startYear, 1).plusDays(startDay);

        LocalDate due = calendar.addWorkingDays(day0, n);

        assertThat(due).isEqualTo(naive.addWorkingDays(day0, n));
        assertThat(calendar.workingDaysBetween(day0, due)).isEqualTo(n);
        assertThat(calendar.workingDaysBetween(day0, day0.plusDays(n))).isEqualTo(naive.workingDaysBetween(day0, day0.plusDays(n)));
        assertThat(calendar.isWorkingDay(day0)).isEqualTo(naive.isWorkingDay(day0));
        boolean touchesUnloaded = false;
        for (int year = day0.getYear(); year <= due.getYear(); year++) {
            touchesUnloaded |= !calendar.isLoaded(year);
        }
        assertThat(calendar.isProvisional(day0, due)).isEqualTo(touchesUnloaded);
    }

    /** Random schedules for a random selection of the years 2023–2029, with gaps, in both settings. */
    @Provide
    Arbitrary<WorkingDayCalendar> calendars() {
        Arbitrary<Set<Integer>> years = Arbitraries.integers().between(2023, 2029).set().ofMaxSize(5);
        Arbitrary<List<Set<Integer>>> holidayDays = Arbitraries.integers().between(0, 364).set().ofMaxSize(40).list().ofSize(7);
        Arbitrary<List<Set<Integer>>> makeUpDays = Arbitraries.integers().between(0, 364).set().ofMaxSize(12).list().ofSize(7);
        Arbitrary<Boolean> makeUpDaysCount = Arbitraries.of(true, false);
        return Combinators.combine(years, holidayDays, makeUpDays, makeUpDaysCount).as((loaded, holidays, makeUps, counts) -> {
            JurisdictionCode test = new JurisdictionCode("TEST");
            List<CalendarYear> schedules = new ArrayList<>();
            for (int year : loaded) {
                int index = year - 2023;
                LocalDate first = LocalDate.ofYearDay(year, 1);
                Map<LocalDate, String> holidayMap = new HashMap<>();
                holidays.get(index).forEach(day -> holidayMap.put(first.plusDays(day), "假日"));
                Set<LocalDate> makeUpSet = new HashSet<>();
                for (int day : makeUps.get(index)) {
                    LocalDate date = first.plusDays(day);
                    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                    if (weekend && !holidayMap.containsKey(date)) {
                        makeUpSet.add(date);
                    }
                }
                schedules.add(new CalendarYear(test, year, holidayMap, makeUpSet, "random schedule"));
            }
            return WorkingDayCalendar.of(test, schedules, new CalendarSettings(counts));
        });
    }
}
