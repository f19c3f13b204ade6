package org.openhall.shared.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The published holiday schedules for tests of every module: the national calendars of
 * 2025 and 2026 and the calendar of Heshan (合山市, Guangxi, division code 451381), which
 * adds 壮族三月三 to them.
 */
public final class NationalCalendars {

    public static final JurisdictionCode CN = JurisdictionCode.NATIONAL;
    public static final JurisdictionCode HESHAN = new JurisdictionCode("451381");

    /** The local day off that tests of Heshan's calendar rely on: Monday 2026-04-20. */
    public static final LocalDate SANYUESAN_2026 = LocalDate.of(2026, 4, 20);

    private NationalCalendars() {
    }

    /** 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）. */
    public static CalendarYear cn2025() {
        return CalendarYear.builder(CN, 2025)
                .holiday("元旦", date(2025, 1, 1))
                .holidays("春节", date(2025, 1, 28), date(2025, 2, 4))
                .holidays("清明节", date(2025, 4, 4), date(2025, 4, 6))
                .holidays("劳动节", date(2025, 5, 1), date(2025, 5, 5))
                .holidays("端午节", date(2025, 5, 31), date(2025, 6, 2))
                .holidays("国庆节、中秋节", date(2025, 10, 1), date(2025, 10, 8))
                .makeUpWorkdays(date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28), date(2025, 10, 11))
                .build("国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）");
    }

    /** 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）. */
    public static CalendarYear cn2026() {
        return CalendarYear.builder(CN, 2026)
                .holidays("元旦", date(2026, 1, 1), date(2026, 1, 3))
                .holidays("春节", date(2026, 2, 15), date(2026, 2, 23))
                .holidays("清明节", date(2026, 4, 4), date(2026, 4, 6))
                .holidays("劳动节", date(2026, 5, 1), date(2026, 5, 5))
                .holidays("端午节", date(2026, 6, 19), date(2026, 6, 21))
                .holidays("中秋节", date(2026, 9, 25), date(2026, 9, 27))
                .holidays("国庆节", date(2026, 10, 1), date(2026, 10, 7))
                .makeUpWorkdays(date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9),
                        date(2026, 9, 20), date(2026, 10, 10))
                .build("国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）");
    }

    /** The national working-day calendar for 2025 and 2026, default settings. */
    public static WorkingDayCalendar china2025to2026() {
        return WorkingDayCalendar.of(CN, List.of(cn2025(), cn2026()), CalendarSettings.defaults());
    }

    /** Heshan's 2025 schedule: the national one, adopted as it is. */
    public static CalendarYear heshan2025() {
        return cn2025().withLocalHolidays(HESHAN, Map.of(), "adopted without local holidays");
    }

    /** Heshan's 2026 schedule: the national one plus 壮族三月三 on Monday 2026-04-20. */
    public static CalendarYear heshan2026() {
        return cn2026().withLocalHolidays(HESHAN, Map.of(SANYUESAN_2026, "壮族三月三"),
                "广西壮族自治区壮族三月三放假安排（example data for tests）");
    }

    /** Heshan's working-day calendar for 2025 and 2026, default settings. */
    public static WorkingDayCalendar heshan2025to2026() {
        return WorkingDayCalendar.of(HESHAN, List.of(heshan2025(), heshan2026()), CalendarSettings.defaults());
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
