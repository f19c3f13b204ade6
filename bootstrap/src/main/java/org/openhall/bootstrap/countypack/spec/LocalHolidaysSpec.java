package org.openhall.bootstrap.countypack.spec;

import java.util.List;

import org.openhall.bootstrap.countypack.Where;

/**
 * {@code calendar/local/<year>.yaml}: the county's own days off added to the national schedule of
 * that year, e.g. a minority festival (民族节日), with the local rule that grants them.
 *
 * @param fileYear the year in the file name, which must match {@code year}
 */
public record LocalHolidaysSpec(Where where, Integer fileYear, Integer year, String source,
        List<HolidaySpec> holidays) {
}
