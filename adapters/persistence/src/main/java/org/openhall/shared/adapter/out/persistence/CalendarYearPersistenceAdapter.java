package org.openhall.shared.adapter.out.persistence;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.shared.application.port.out.CalendarYearRepository;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps calendar years in PostgreSQL. Saving a year that is already stored replaces it: the
 * published schedule is re-imported as a whole when a notice is corrected, never patched.
 */
@Component
@SecondaryAdapter
public class CalendarYearPersistenceAdapter implements CalendarYearRepository {

    private final CalendarYearRowRepository rows;
    private final CalendarYearMapper mapper;

    public CalendarYearPersistenceAdapter(CalendarYearRowRepository rows, CalendarYearMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(CalendarYear year) {
        // Reusing the stored id turns the save into an update, which rewrites every day of the year.
        Long id = rows.findIdByJurisdictionAndYear(year.jurisdiction().value(), year.year()).orElse(null);
        rows.save(mapper.toRow(year, id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarYear> findByJurisdiction(JurisdictionCode jurisdiction) {
        return rows.findByJurisdictionOrderByYear(jurisdiction.value()).stream().map(mapper::toDomain).toList();
    }
}
