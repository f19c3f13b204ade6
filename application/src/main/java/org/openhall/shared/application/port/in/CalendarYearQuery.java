package org.openhall.shared.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;

/**
 * The calendar years (年度节假日安排) stored for a jurisdiction, as they were imported: what a
 * county pack compares its years with before importing, and what an export writes back.
 */
@PrimaryPort
public interface CalendarYearQuery {

    /** Every stored year of {@code jurisdiction}, in ascending order; empty when none is. */
    List<CalendarYear> years(JurisdictionCode jurisdiction);
}
