package org.openhall.shared.application.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.shared.application.port.in.CalendarYearQuery;
import org.openhall.shared.application.port.in.ImportCalendarYearUseCase;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.CalendarYearRepository;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each jurisdiction's calendar in memory: it is read for every deadline and changes a few
 * times a year, so it is rebuilt only when a year is imported.
 */
@Application
public class CalendarService implements WorkingDayCalendarQuery, ImportCalendarYearUseCase, CalendarYearQuery {

    private final CalendarYearRepository years;
    private final CalendarSettings settings;
    private final Map<JurisdictionCode, WorkingDayCalendar> cache = new ConcurrentHashMap<>();

    public CalendarService(CalendarYearRepository years, CalendarSettings settings) {
        this.years = years;
        this.settings = settings;
    }

    @Override
    public WorkingDayCalendar calendarOf(JurisdictionCode jurisdiction) {
        return cache.computeIfAbsent(jurisdiction,
                j -> WorkingDayCalendar.of(j, years.findByJurisdiction(j), settings));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarYear> years(JurisdictionCode jurisdiction) {
        return years.findByJurisdiction(jurisdiction);
    }

    @Override
    @Transactional
    public void importYear(CalendarYear year) {
        years.save(year);
        cache.remove(year.jurisdiction());
    }
}
