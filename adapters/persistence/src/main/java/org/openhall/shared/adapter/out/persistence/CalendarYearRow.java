package org.openhall.shared.adapter.out.persistence;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored calendar year. The surrogate id lets a re-import update the year in place, which
 * replaces all of its days.
 */
@Table("calendar_year")
record CalendarYearRow(@Id Long id, String jurisdiction, int year, String source,
        @MappedCollection(idColumn = "calendar_year_id") Set<CalendarDayRow> days) {
}
