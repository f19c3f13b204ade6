package org.openhall.network.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.ServiceWindowRepository;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.WindowCode;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the windows of the halls in PostgreSQL, with their items and posts. */
@Component
@SecondaryAdapter
public class ServiceWindowPersistenceAdapter implements ServiceWindowRepository {

    private final ServiceWindowRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final ServiceWindowMapper mapper;

    public ServiceWindowPersistenceAdapter(ServiceWindowRowRepository rows, JdbcAggregateOperations aggregates,
            ServiceWindowMapper mapper) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceWindow> findByCode(WindowCode code) {
        return rows.findById(code.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceWindow> findAll() {
        return rows.findAllByOrderByCode().stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceWindow> findByHall(HallCode hall) {
        return rows.findByHallOrderByCode(hall.value()).stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional
    public void save(ServiceWindow window) {
        ServiceWindowRow row = mapper.toRow(window);
        // The code is a natural key: Spring Data cannot tell a new window from a stored one by itself.
        // An update rewrites the item lines, so the stored window is exactly the one given.
        if (rows.existsById(row.code())) {
            aggregates.update(row);
        } else {
            aggregates.insert(row);
        }
    }

    @Override
    @Transactional
    public boolean delete(WindowCode code) {
        if (!rows.existsById(code.value())) {
            return false;
        }
        rows.deleteById(code.value());
        return true;
    }
}
