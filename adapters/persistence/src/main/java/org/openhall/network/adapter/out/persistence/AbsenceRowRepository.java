package org.openhall.network.adapter.out.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Spring Data access to absence rows; only the adapter beside it uses it. */
interface AbsenceRowRepository extends ListCrudRepository<AbsenceRow, UUID> {

    /** Served by {@code staff_absence_staff_period_idx}. */
    @Query("""
            SELECT * FROM staff_absence
            WHERE staff IN (:staff) AND to_day >= :day AND from_day <= :day
            ORDER BY staff, from_day
            """)
    List<AbsenceRow> findCovering(@Param("staff") Collection<String> staff, @Param("day") LocalDate day);

    List<AbsenceRow> findByStaffOrderByFromDayDescRecordedAtDesc(String staff);
}
