package org.openhall.network.adapter.out.persistence;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.NetworkChange;
import org.openhall.network.application.port.out.NetworkChangeLog;
import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's change log in table {@code network_change}: rows are only ever inserted (a
 * trigger refuses updates and deletes), in the transaction of the change they record.
 */
@Component
@SecondaryAdapter
public class NetworkChangeLogPersistenceAdapter implements NetworkChangeLog {

    private final NetworkChangeRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final NetworkChangeMapper mapper;

    public NetworkChangeLogPersistenceAdapter(NetworkChangeRowRepository rows, JdbcAggregateOperations aggregates,
            NetworkChangeMapper mapper) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void append(NetworkChange change) {
        aggregates.insert(mapper.toRow(change));
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkChange> latest(int limit) {
        return rows.findAllByOrderByIdDesc(Limit.of(limit)).stream().map(mapper::toDomain).toList();
    }
}
