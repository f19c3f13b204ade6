package org.openhall.shared.domain.calendar;

/**
 * What the published calendar makes of a day (日期类型).
 *
 * <p>This is the official designation only; whether a day counts towards a time limit is
 * {@link WorkingDayCalendar#isWorkingDay}, which also honours {@link CalendarSettings}.
 */
public enum DayType {

    /** An ordinary Monday to Friday (工作日). */
    WORKDAY,

    /** An ordinary Saturday or Sunday (休息日). */
    WEEKEND,

    /**
     * A day off in a published holiday schedule (放假日): the statutory holiday itself or a
     * day swapped into the break, whichever weekday it falls on.
     */
    PUBLIC_HOLIDAY,

    /** A Saturday or Sunday declared a working day to pay for a swapped day off (调休上班日). */
    MAKE_UP_WORKDAY
}
