package org.openhall.shared.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/** The working-day calendar (工作日历) of a jurisdiction, as loaded from its published years. */
@PrimaryPort
public interface WorkingDayCalendarQuery {

    WorkingDayCalendar calendarOf(JurisdictionCode jurisdiction);
}
