package org.openhall.shared.adapter.out.persistence;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One special day of a calendar year: a named holiday, or a make-up working day (no name).
 */
@Table("calendar_day")
record CalendarDayRow(String jurisdiction, LocalDate day, Kind kind, String name) {

    enum Kind {
        HOLIDAY, MAKE_UP_WORKDAY
    }
}
