package org.openhall.bootstrap.countypack.spec;

import java.time.LocalDate;
import java.util.List;

import org.openhall.bootstrap.countypack.Where;

/**
 * {@code calendar/<year>.yaml}: one year of the national holiday schedule (国务院办公厅节假日安排).
 *
 * @param fileYear the year in the file name, which must match {@code year}
 */
public record CalendarYearSpec(Where where, Integer fileYear, Integer year, String source, List<HolidaySpec> holidays,
        List<LocalDate> makeUpWorkdays) {
}
