package org.openhall.shared.application.port.out;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;

/** Where calendar years are kept. */
@SecondaryPort
public interface CalendarYearRepository {

    void save(CalendarYear year);

    List<CalendarYear> findByJurisdiction(JurisdictionCode jurisdiction);
}
