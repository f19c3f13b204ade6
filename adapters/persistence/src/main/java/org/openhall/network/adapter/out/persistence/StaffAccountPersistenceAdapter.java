package org.openhall.network.adapter.out.persistence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.adapter.out.persistence.SqlArrays;
import org.openhall.shared.domain.access.Role;
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
        // Read on every signed-in request: one statement with the roles as an array, where the
        // aggregate repository needs two and spends more time mapping than the database answering.
        return jdbc.sql("""
                SELECT a.username, a.display_name, a.password_hash, a.department, a.enabled, a.hall,
                       ARRAY(SELECT r.role FROM staff_account_role r WHERE r.username = a.username) AS roles
                FROM staff_account a WHERE a.username = :username""")
                .param("username", username.value())
                .query((rs, n) -> new StaffAccountRow(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), rs.getString("department"), rs.getBoolean("enabled"),
                        rs.getString("hall"), roles(new SqlArrays(rs).texts("roles"))))
                .optional().map(mapper::toDomain);
    }

    private static Set<StaffAccountRoleRow> roles(List<String> names) {
        Set<StaffAccountRoleRow> roles = new LinkedHashSet<>();
        names.forEach(name -> roles.add(new StaffAccountRoleRow(Role.valueOf(name))));
        return roles;
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
