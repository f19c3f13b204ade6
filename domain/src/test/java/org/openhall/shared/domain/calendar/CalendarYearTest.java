package org.openhall.shared.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class CalendarYearTest {

    private static final JurisdictionCode CN = JurisdictionCode.NATIONAL;

    @Test
    void nationalScheduleOf2026HasTheDaysOfTheNotice() {
        CalendarYear year = NationalCalendars.cn2026();

        assertThat(year.holidays()).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(year.holidays().get(LocalDate.of(2026, 2, 15))).isEqualTo("春节");
        assertThat(year.makeUpWorkdays()).containsExactly(
                LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
    }

    @Test
    void nationalScheduleOf2025HasTheDaysOfTheNotice() {
        CalendarYear year = NationalCalendars.cn2025();

        assertThat(year.holidays()).hasSize(1 + 8 + 3 + 5 + 3 + 8);
        assertThat(year.makeUpWorkdays()).hasSize(5);
        assertThat(year.source()).contains("国办发明电〔2024〕12号");
    }

    @Test
    void aDateOutsideTheYearIsRejected() {
        assertThatThrownBy(() -> new CalendarYear(CN, 2026, Map.of(LocalDate.of(2025, 12, 31), "跨年"), Set.of(), "notice"))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.field()).isEqualTo("holidays"));
        assertThatThrownBy(() -> new CalendarYear(CN, 2026, Map.of(), Set.of(LocalDate.of(2027, 1, 2)), "notice"))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.field()).isEqualTo("makeUpWorkdays"));
    }

    @Test
    void aMakeUpWorkdayOnAWeekdayIsRejected() {
        LocalDate monday = LocalDate.of(2026, 1, 5);

        assertThatThrownBy(() -> new CalendarYear(CN, 2026, Map.of(), Set.of(monday), "notice"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("Saturday or Sunday");
    }

    @Test
    void aDayCannotBeBothHolidayAndMakeUpWorkday() {
        LocalDate sunday = LocalDate.of(2026, 1, 4);

        assertThatThrownBy(() -> new CalendarYear(CN, 2026, Map.of(sunday, "元旦"), Set.of(sunday), "notice"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("also a holiday");
    }

    @Test
    void aHolidayNeedsANameAndTheScheduleASource() {
        assertThatThrownBy(() -> new CalendarYear(CN, 2026, Map.of(LocalDate.of(2026, 1, 1), " "), Set.of(), "notice"))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new CalendarYear(CN, 2026, Map.of(), Set.of(), " "))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.field()).isEqualTo("source"));
    }

    @Test
    void theCollectionsAreImmutableCopies() {
        Map<LocalDate, String> holidays = new HashMap<>(Map.of(LocalDate.of(2026, 1, 1), "元旦"));
        Set<LocalDate> makeUp = new HashSet<>(Set.of(LocalDate.of(2026, 1, 4)));
        CalendarYear year = new CalendarYear(CN, 2026, holidays, makeUp, "notice");

        holidays.put(LocalDate.of(2026, 1, 2), "元旦");
        makeUp.clear();

        assertThat(year.holidays()).containsOnlyKeys(LocalDate.of(2026, 1, 1));
        assertThat(year.makeUpWorkdays()).containsExactly(LocalDate.of(2026, 1, 4));
        assertThatThrownBy(() -> year.holidays().put(LocalDate.of(2026, 1, 3), "元旦"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aHolidayRangeIncludesBothEnds() {
        assertThat(CalendarYear.holidayRange("国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)))
                .hasSize(7)
                .containsEntry(LocalDate.of(2026, 10, 1), "国庆节")
                .containsEntry(LocalDate.of(2026, 10, 7), "国庆节");
    }

    @Test
    void aLocalScheduleAddsItsHolidaysToTheNationalOne() {
        CalendarYear heshan = NationalCalendars.heshan2026();

        assertThat(heshan.jurisdiction()).isEqualTo(new JurisdictionCode("451381"));
        assertThat(heshan.holidays()).containsEntry(LocalDate.of(2026, 4, 20), "壮族三月三")
                .containsEntry(LocalDate.of(2026, 10, 1), "国庆节");
        assertThat(heshan.makeUpWorkdays()).isEqualTo(NationalCalendars.cn2026().makeUpWorkdays());
        assertThat(heshan.source()).startsWith(NationalCalendars.cn2026().source());
    }

    @Test
    void aLocalHolidayOnAMakeUpWorkdayIsRejected() {
        assertThatThrownBy(() -> NationalCalendars.cn2026().withLocalHolidays(
                NationalCalendars.HESHAN, Map.of(LocalDate.of(2026, 10, 10), "local"), "local rule"))
                .isInstanceOf(InvalidValue.class);
    }
}
