package org.openhall.shared.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar china = NationalCalendars.china2025to2026();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void daysAreTypedAsTheNoticeDeclaresThem() {
        assertThat(china.typeOf(date(2026, 1, 2))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(china.typeOf(date(2026, 1, 4))).isEqualTo(DayType.MAKE_UP_WORKDAY);
        assertThat(china.typeOf(date(2026, 1, 5))).isEqualTo(DayType.WORKDAY);
        assertThat(china.typeOf(date(2026, 1, 10))).isEqualTo(DayType.WEEKEND);
        assertThat(china.typeOf(date(2026, 2, 15))).as("a Sunday inside the Spring Festival break")
                .isEqualTo(DayType.PUBLIC_HOLIDAY);
    }

    @Test
    void makeUpWorkdaysAreWorkingDaysByDefault() {
        assertThat(china.isWorkingDay(date(2026, 1, 4))).isTrue();
        assertThat(china.isWorkingDay(date(2025, 10, 11))).isTrue();
    }

    @Test
    void makeUpWorkdaysCanBeSwitchedOff() {
        WorkingDayCalendar closedOnMakeUpDays = WorkingDayCalendar.of(NationalCalendars.CN,
                List.of(NationalCalendars.cn2025(), NationalCalendars.cn2026()), new CalendarSettings(false));

        assertThat(closedOnMakeUpDays.isWorkingDay(date(2026, 1, 4))).isFalse();
        assertThat(closedOnMakeUpDays.typeOf(date(2026, 1, 4))).isEqualTo(DayType.MAKE_UP_WORKDAY);
        // 2026-02-10 (Tue) + 5: 11, 12, 13, then the make-up Saturday 14 is skipped, the break runs to the 23rd: 24, 25.
        assertThat(closedOnMakeUpDays.addWorkingDays(date(2026, 2, 10), 5)).isEqualTo(date(2026, 2, 25));
        assertThat(china.addWorkingDays(date(2026, 2, 10), 5)).isEqualTo(date(2026, 2, 24));
    }

    @Test
    void holidaysAreNamed() {
        assertThat(china.holidayName(date(2026, 10, 3))).contains("国庆节");
        assertThat(china.holidayName(date(2025, 10, 6))).contains("国庆节、中秋节");
        assertThat(china.holidayName(date(2026, 10, 9))).isEmpty();
        assertThat(china.holidayName(date(2027, 1, 1))).as("not loaded").isEmpty();
    }

    @Test
    void theNthWorkingDayAfterDay0CrossesNationalDay2026() {
        // 2026-09-18 (Fri): the make-up Sunday 09-20 is day 1, 中秋 09-25..27 and 国庆 10-01..07 are skipped,
        // the make-up Saturday 10-10 is day 11, and day 20 is Thursday 10-22.
        assertThat(china.addWorkingDays(date(2026, 9, 18), 1)).isEqualTo(date(2026, 9, 20));
        assertThat(china.addWorkingDays(date(2026, 9, 18), 11)).isEqualTo(date(2026, 10, 10));
        assertThat(china.addWorkingDays(date(2026, 9, 18), 20)).isEqualTo(date(2026, 10, 22));
    }

    @Test
    void zeroWorkingDaysIsDay0ItselfEvenOnAHoliday() {
        assertThat(china.addWorkingDays(date(2026, 10, 1), 0)).isEqualTo(date(2026, 10, 1));
    }

    @Test
    void aNegativeCountIsRejected() {
        assertThatThrownBy(() -> china.addWorkingDays(date(2026, 10, 1), -1)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void workingDaysBetweenCountsAfterTheStartUpToTheEnd() {
        assertThat(china.workingDaysBetween(date(2026, 9, 18), date(2026, 10, 22))).isEqualTo(20);
        assertThat(china.workingDaysBetween(date(2026, 10, 22), date(2026, 9, 18))).isEqualTo(-20);
        assertThat(china.workingDaysBetween(date(2026, 10, 1), date(2026, 10, 7))).isZero();
    }

    @Test
    void anUnloadedYearCountsWeekendsOnly() {
        // 2027-01-01 is a Friday and surely 元旦, but 2027 is not loaded: it counts, provisionally.
        assertThat(china.isLoaded(2027)).isFalse();
        assertThat(china.isWorkingDay(date(2027, 1, 1))).isTrue();
        assertThat(china.typeOf(date(2027, 1, 2))).isEqualTo(DayType.WEEKEND);
        assertThat(china.addWorkingDays(date(2026, 12, 31), 2)).isEqualTo(date(2027, 1, 4));
        assertThat(china.addWorkingDays(date(2024, 12, 27), 3)).as("2024 is not loaded either, 2025-01-01 is")
                .isEqualTo(date(2025, 1, 2));
    }

    @Test
    void aRangeTouchingAnUnloadedYearIsProvisional() {
        assertThat(china.isProvisional(date(2026, 12, 1), date(2026, 12, 31))).isFalse();
        assertThat(china.isProvisional(date(2026, 12, 1), date(2027, 1, 12))).isTrue();
        assertThat(china.isProvisional(date(2024, 12, 31), date(2025, 1, 2))).isTrue();
        assertThat(china.provisionalReason(date(2026, 12, 1), date(2027, 1, 12))).contains("calendar for 2027 not loaded");
        assertThat(china.provisionalReason(date(2024, 12, 1), date(2027, 1, 12)))
                .contains("calendars for 2024, 2027 not loaded");
        assertThat(china.provisionalReason(date(2025, 1, 1), date(2026, 12, 31))).isEmpty();
    }

    @Test
    void aGapYearIsTreatedLikeAnUnloadedYear() {
        WorkingDayCalendar withGap = WorkingDayCalendar.of(NationalCalendars.CN, List.of(NationalCalendars.cn2025(),
                new CalendarYear(NationalCalendars.CN, 2027, CalendarYear.holidayRange("元旦", date(2027, 1, 1), date(2027, 1, 1)),
                        Set.of(), "test schedule")), CalendarSettings.defaults());

        assertThat(withGap.isLoaded(2026)).isFalse();
        assertThat(withGap.lastLoadedYear()).hasValue(2027);
        assertThat(withGap.isWorkingDay(date(2026, 10, 1))).as("2026 unknown: a plain Thursday").isTrue();
        assertThat(withGap.isProvisional(date(2025, 12, 1), date(2025, 12, 31))).isFalse();
        assertThat(withGap.provisionalReason(date(2025, 12, 1), date(2027, 1, 31))).contains("calendar for 2026 not loaded");
        // 2026-12-31 is a Thursday; 2027-01-01 (loaded, 元旦) is skipped, then the weekend: Monday the 4th.
        assertThat(withGap.addWorkingDays(date(2026, 12, 31), 1)).isEqualTo(date(2027, 1, 4));
    }

    @Test
    void anEmptyCalendarCountsWeekendsOnlyAndIsAlwaysProvisional() {
        WorkingDayCalendar empty = WorkingDayCalendar.of(NationalCalendars.CN, List.of());

        assertThat(empty.lastLoadedYear()).isEmpty();
        assertThat(empty.addWorkingDays(date(2026, 10, 1), 5)).isEqualTo(date(2026, 10, 8));
        assertThat(empty.isProvisional(date(2026, 10, 1), date(2026, 10, 8))).isTrue();
    }

    @Test
    void aLocalHolidayShiftsTheCount() {
        WorkingDayCalendar heshan = NationalCalendars.heshan2025to2026();

        assertThat(heshan.jurisdiction().value()).isEqualTo("451381");
        assertThat(heshan.holidayName(date(2026, 4, 20))).contains("壮族三月三");
        // 2026-04-13 (Mon) + 5: 14, 15, 16, 17, then Monday the 20th nationally, Tuesday the 21st in Heshan.
        assertThat(china.addWorkingDays(date(2026, 4, 13), 5)).isEqualTo(date(2026, 4, 20));
        assertThat(heshan.addWorkingDays(date(2026, 4, 13), 5)).isEqualTo(date(2026, 4, 21));
    }

    @Test
    void everyYearMustBelongToTheCalendarsJurisdiction() {
        assertThatThrownBy(() -> WorkingDayCalendar.of(NationalCalendars.HESHAN, List.of(NationalCalendars.cn2026())))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("schedule of CN");
    }

    @Test
    void aYearCannotBeLoadedTwice() {
        assertThatThrownBy(() -> WorkingDayCalendar.of(NationalCalendars.CN,
                List.of(NationalCalendars.cn2026(), NationalCalendars.cn2026())))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("twice");
    }

    @Test
    void calendarsWithTheSameYearsAndSettingsAreEqual() {
        assertThat(NationalCalendars.china2025to2026()).isEqualTo(china).hasSameHashCodeAs(china);
        assertThat(NationalCalendars.heshan2025to2026()).isNotEqualTo(china);
    }
}
