package org.openhall.network.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps staff accounts in PostgreSQL. */
@Component
@SecondaryAdapter
public class StaffAccountPersistenceAdapter implements StaffAccountRepository {

    private final StaffAccountRowRepository rows;
    private final JdbcAggregateOperations aggregates;
    private final StaffAccountMapper mapper;
    private final JdbcClient jdbc;

    public StaffAccountPersistenceAdapter(StaffAccountRowRepository rows, JdbcAggregateOperations aggregates,
            StaffAccountMapper mapper, JdbcClient jdbc) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Optional<StaffAccount> findByUsernameForUpdate(StaffUsername username) {
        // The row lock lasts until the caller's transaction ends; without one it would end at once.
        boolean exists = jdbc.sql("SELECT username FROM staff_account WHERE username = :username FOR UPDATE")
                .param("username", username.value()).query(String.class).optional().isPresent();
        return exists ? findByUsername(username) : Optional.empty();
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
