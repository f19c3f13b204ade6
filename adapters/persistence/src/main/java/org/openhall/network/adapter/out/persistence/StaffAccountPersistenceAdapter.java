package org.openhall.network.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps staff accounts in PostgreSQL. */
@Component
@SecondaryAdapter
public class StaffAccountPersistenceAdapter implements StaffAccountRepository {

    private final StaffAccountRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final StaffAccountMapper mapper;

    public StaffAccountPersistenceAdapter(StaffAccountRowRepository rows, JdbcAggregateOperations aggregates,
            StaffAccountMapper mapper) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffAccount> findByUsername(StaffUsername username) {
        return rows.findById(username.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffAccount> findAll() {
        return rows.findAllByOrderByUsername().stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional
    public void save(StaffAccount account) {
        StaffAccountRow row = mapper.toRow(account);
        // The user name is a natural key, so Spring Data cannot tell a new account from a stored one by itself.
        if (rows.existsById(row.username())) {
            aggregates.update(row);
        } else {
            aggregates.insert(row);
        }
    }
}
