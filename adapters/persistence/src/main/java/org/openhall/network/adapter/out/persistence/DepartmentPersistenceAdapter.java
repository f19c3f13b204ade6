package org.openhall.network.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.DepartmentRepository;
import org.openhall.network.domain.Department;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps departments in PostgreSQL. */
@Component
@SecondaryAdapter
public class DepartmentPersistenceAdapter implements DepartmentRepository {

    private final DepartmentRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final DepartmentMapper mapper;

    public DepartmentPersistenceAdapter(DepartmentRowRepository rows, JdbcAggregateOperations aggregates,
            DepartmentMapper mapper) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Department> findByCode(DepartmentCode code) {
        return rows.findById(code.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Department> findAll() {
        return rows.findAllByOrderByCode().stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional
    public void save(Department department) {
        DepartmentRow row = mapper.toRow(department);
        if (rows.existsById(row.code())) {
            aggregates.update(row);
        } else {
            aggregates.insert(row);
        }
    }
}
