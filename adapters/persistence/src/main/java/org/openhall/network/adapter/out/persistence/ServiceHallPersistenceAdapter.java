package org.openhall.network.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.ServiceHallRepository;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceHall;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the halls of the service network in PostgreSQL. */
@Component
@SecondaryAdapter
public class ServiceHallPersistenceAdapter implements ServiceHallRepository {

    private final ServiceHallRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final ServiceHallMapper mapper;
    private final JdbcClient jdbc;

    public ServiceHallPersistenceAdapter(ServiceHallRowRepository rows, JdbcAggregateOperations aggregates,
            ServiceHallMapper mapper, JdbcClient jdbc) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceHall> findByCode(HallCode code) {
        return rows.findById(code.value()).map(mapper::toDomain);
    }

    /** The level alone, one indexed read: the hall's item list is of no use to a request's scope. */
    @Override
    @Transactional(readOnly = true)
    public Optional<AdministrativeLevel> levelOf(HallCode code) {
        return jdbc.sql("SELECT level FROM service_hall WHERE code = :code").param("code", code.value())
                .query(String.class).optional().map(AdministrativeLevel::valueOf);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceHall> findAll() {
        return rows.findAllInNetworkOrder().stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional
    public void save(ServiceHall hall) {
        ServiceHallRow row = mapper.toRow(hall);
        // The code is a natural key: Spring Data cannot tell a new hall from a stored one by itself.
        if (rows.existsById(row.code())) {
            aggregates.update(row);
        } else {
            aggregates.insert(row);
        }
    }
}
