package org.openhall.shared.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.calendar.CalendarYear;

/**
 * Loads one year of a jurisdiction's calendar (holidays and make-up working days), replacing the
 * year if it was loaded before. Deadlines computed afterwards use it.
 */
@PrimaryPort
public interface ImportCalendarYearUseCase {

    void importYear(CalendarYear year);
}
