package org.openhall.complaint.adapter.out.persistence.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.complaint.application.port.out.RatedServiceRepository;
import org.openhall.complaint.domain.rating.RatedService;
import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ratable service events in {@code rating_service}, one row per case or ticket. */
@Component
@SecondaryAdapter
public class RatedServicePersistenceAdapter implements RatedServiceRepository {

    private static final String COLUMNS =
            "SELECT id, kind, reference, number, department, subject, handlers, real_name, ratable_since "
                    + "FROM rating_service ";

    private final JdbcClient jdbc;

    public RatedServicePersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfAbsent(RatedService s) {
        return jdbc.sql("""
                INSERT INTO rating_service (id, kind, reference, number, department, subject, handlers, real_name,
                    ratable_since)
                VALUES (:id, :kind, :reference, :number, :department, :subject, :handlers, :realName, :since)
                ON CONFLICT ON CONSTRAINT rating_service_once DO NOTHING""")
                .param("id", s.id()).param("kind", s.kind().name()).param("reference", s.reference())
                .param("number", s.number()).param("department", s.department()).param("subject", s.subject())
                .param("handlers", Sql.array(s.handlers())).param("realName", s.realName())
                .param("since", Sql.timestamp(s.ratableSince())).update() == 1;
    }

    @Override
    public Optional<RatedService> find(RatedServiceKind kind, String reference) {
        return jdbc.sql(COLUMNS + "WHERE kind = :kind AND reference = :reference").param("kind", kind.name())
                .param("reference", reference).query(RatedServicePersistenceAdapter::map).optional();
    }

    @Override
    public Optional<RatedService> findByNumber(RatedServiceKind kind, String number) {
        return jdbc.sql(COLUMNS + "WHERE kind = :kind AND number = :number").param("kind", kind.name())
                .param("number", number).query(RatedServicePersistenceAdapter::map).optional();
    }

    @Override
    public Optional<RatedService> findById(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(RatedServicePersistenceAdapter::map)
                .optional();
    }

    private static RatedService map(ResultSet rs, int row) throws SQLException {
        return new RatedService(rs.getObject("id", UUID.class),
                RatedServiceKind.valueOf(rs.getString("kind")), rs.getString("reference"), rs.getString("number"),
                rs.getString("department"), rs.getString("subject"), Sql.list(rs.getArray("handlers")),
                rs.getBoolean("real_name"), Sql.instant(rs.getTimestamp("ratable_since")));
    }
}
