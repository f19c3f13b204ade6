package org.openhall.network.adapter.out.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.AbsenceRepository;
import org.openhall.network.domain.Absence;
import org.openhall.network.domain.StaffUsername;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps recorded absences in PostgreSQL. */
@Component
@SecondaryAdapter
public class AbsencePersistenceAdapter implements AbsenceRepository {

    private final AbsenceRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final AbsenceMapper mapper;

    public AbsencePersistenceAdapter(AbsenceRowRepository rows, JdbcAggregateOperations aggregates,
            AbsenceMapper mapper) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(Absence absence) {
        // The id is made before storing, so Spring Data would take the absence for a stored one: insert it.
        aggregates.insert(mapper.toRow(absence));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Absence> covering(Collection<StaffUsername> staff, LocalDate day) {
        if (staff.isEmpty()) {
            return List.of();
        }
        return rows.findCovering(staff.stream().map(StaffUsername::value).distinct().toList(), day).stream()
                .map(mapper::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Absence> of(StaffUsername staff) {
        return rows.findByStaffOrderByFromDayDescRecordedAtDesc(staff.value()).stream().map(mapper::toDomain)
                .toList();
    }
}
