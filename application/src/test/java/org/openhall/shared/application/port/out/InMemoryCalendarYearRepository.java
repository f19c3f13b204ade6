package org.openhall.shared.application.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;

/** A {@link CalendarYearRepository} in memory, for tests of the use cases. */
public class InMemoryCalendarYearRepository implements CalendarYearRepository {

    private record Key(JurisdictionCode jurisdiction, int year) {
    }

    private final Map<Key, CalendarYear> years = new ConcurrentHashMap<>();

    @Override
    public void save(CalendarYear year) {
        years.put(new Key(year.jurisdiction(), year.year()), year);
    }

    @Override
    public List<CalendarYear> findByJurisdiction(JurisdictionCode jurisdiction) {
        return years.values().stream().filter(y -> y.jurisdiction().equals(jurisdiction))
                .sorted(Comparator.comparingInt(CalendarYear::year)).toList();
    }
}
