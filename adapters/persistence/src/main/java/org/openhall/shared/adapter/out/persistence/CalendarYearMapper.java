package org.openhall.shared.adapter.out.persistence;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;

/** Maps a calendar year to its row and day rows, and back through the value's own constructor. */
@Mapper(config = PersistenceMapperConfig.class)
interface CalendarYearMapper {

    @Mapping(target = "id", source = "id")
    @Mapping(target = "jurisdiction", source = "year.jurisdiction")
    @Mapping(target = "year", source = "year.year")
    @Mapping(target = "source", source = "year.source")
    @Mapping(target = "days", expression = "java(daysOf(year))")
    CalendarYearRow toRow(CalendarYear year, Long id);

    @Mapping(target = "holidays", expression = "java(holidaysOf(row))")
    @Mapping(target = "makeUpWorkdays", expression = "java(makeUpWorkdaysOf(row))")
    CalendarYear toDomain(CalendarYearRow row);

    default String jurisdictionCode(JurisdictionCode code) {
        return code.value();
    }

    default JurisdictionCode jurisdictionCode(String value) {
        return new JurisdictionCode(value);
    }

    default Set<CalendarDayRow> daysOf(CalendarYear year) {
        String jurisdiction = year.jurisdiction().value();
        Set<CalendarDayRow> days = new LinkedHashSet<>();
        year.holidays().forEach((day, name) ->
                days.add(new CalendarDayRow(jurisdiction, day, CalendarDayRow.Kind.HOLIDAY, name)));
        year.makeUpWorkdays().forEach(day ->
                days.add(new CalendarDayRow(jurisdiction, day, CalendarDayRow.Kind.MAKE_UP_WORKDAY, null)));
        return days;
    }

    default Map<LocalDate, String> holidaysOf(CalendarYearRow row) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        row.days().stream().filter(d -> d.kind() == CalendarDayRow.Kind.HOLIDAY)
                .forEach(d -> holidays.put(d.day(), d.name()));
        return holidays;
    }

    default Set<LocalDate> makeUpWorkdaysOf(CalendarYearRow row) {
        Set<LocalDate> days = new TreeSet<>();
        row.days().stream().filter(d -> d.kind() == CalendarDayRow.Kind.MAKE_UP_WORKDAY)
                .forEach(d -> days.add(d.day()));
        return days;
    }
}
