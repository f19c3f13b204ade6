package org.openhall.shared.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.openhall.shared.domain.calendar.NationalCalendars;

/**
 * What every {@link CalendarYearRepository} must do. A subclass hands in an empty repository
 * before each test.
 */
public abstract class CalendarYearRepositoryContract {

    private CalendarYearRepository years;

    protected abstract CalendarYearRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        years = emptyRepository();
    }

    @Test
    public void aYearIsReadBackWithEveryHolidayMakeUpDayAndItsSource() {
        years.save(NationalCalendars.cn2026());

        assertThat(years.findByJurisdiction(NationalCalendars.CN)).containsExactly(NationalCalendars.cn2026());
    }

    @Test
    public void everyYearOfTheJurisdictionAndOnlyItsOwnAreFound() {
        years.save(NationalCalendars.cn2026());
        years.save(NationalCalendars.heshan2026());
        years.save(NationalCalendars.cn2025());

        assertThat(years.findByJurisdiction(NationalCalendars.CN))
                .containsExactlyInAnyOrder(NationalCalendars.cn2025(), NationalCalendars.cn2026());
        assertThat(years.findByJurisdiction(NationalCalendars.HESHAN)).containsExactly(NationalCalendars.heshan2026());
        assertThat(years.findByJurisdiction(new JurisdictionCode("450000"))).isEmpty();
    }

    @Test
    public void savingAYearAgainReplacesItWhole() {
        years.save(NationalCalendars.cn2026());
        CalendarYear corrected = new CalendarYear(NationalCalendars.CN, 2026,
                Map.of(LocalDate.of(2026, 1, 1), "元旦", LocalDate.of(2026, 10, 1), "国庆节"),
                Set.of(LocalDate.of(2026, 10, 10)), "更正后的通知");

        years.save(corrected);

        assertThat(years.findByJurisdiction(NationalCalendars.CN)).containsExactly(corrected);
    }

    @Test
    public void aDayMayMoveFromHolidayToMakeUpWorkdayOnReimport() {
        LocalDate saturday = LocalDate.of(2026, 2, 14);
        years.save(new CalendarYear(NationalCalendars.CN, 2026, Map.of(saturday, "春节"), Set.of(), "初稿"));
        CalendarYear swapped = new CalendarYear(NationalCalendars.CN, 2026, Map.of(), Set.of(saturday), "定稿");

        years.save(swapped);

        assertThat(years.findByJurisdiction(NationalCalendars.CN)).containsExactly(swapped);
    }
}
