package org.openhall.shared.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Spring Data access to calendar-year rows; only the adapter beside it uses it. */
interface CalendarYearRowRepository extends ListCrudRepository<CalendarYearRow, Long> {

    @Query("SELECT id FROM calendar_year WHERE jurisdiction = :jurisdiction AND year = :year")
    Optional<Long> findIdByJurisdictionAndYear(String jurisdiction, int year);

    List<CalendarYearRow> findByJurisdictionOrderByYear(String jurisdiction);
}
