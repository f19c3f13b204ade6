package org.openhall.shared.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A reference for the working-day rules that walks day by day, straight from the published
 * schedules: slow and obviously right, to check {@link WorkingDayCalendar} against.
 */
public final class NaiveWorkingDays {

    private final Map<Integer, CalendarYear> years = new HashMap<>();
    private final boolean makeUpDaysAreWorkingDays;

    public NaiveWorkingDays(Iterable<CalendarYear> years, boolean makeUpDaysAreWorkingDays) {
        years.forEach(year -> this.years.put(year.year(), year));
        this.makeUpDaysAreWorkingDays = makeUpDaysAreWorkingDays;
    }

    public static NaiveWorkingDays of(WorkingDayCalendar calendar) {
        return new NaiveWorkingDays(calendar.years(), calendar.settings().makeUpDaysAreWorkingDays());
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarYear year = years.get(date.getYear());
        if (year != null && year.isHoliday(date)) {
            return false;
        }
        if (year != null && year.isMakeUpWorkday(date)) {
            return makeUpDaysAreWorkingDays;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public LocalDate addWorkingDays(LocalDate day0, int n) {
        LocalDate day = day0;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public int workingDaysBetween(LocalDate day0Exclusive, LocalDate endInclusive) {
        if (endInclusive.isBefore(day0Exclusive)) {
            return -workingDaysBetween(endInclusive, day0Exclusive);
        }
        int count = 0;
        for (LocalDate day = day0Exclusive.plusDays(1); !day.isAfter(endInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
