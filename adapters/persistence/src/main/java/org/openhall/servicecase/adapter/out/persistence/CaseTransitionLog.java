package org.openhall.servicecase.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.CaseTransition;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only audit trail of cases (留痕) in table {@code case_transition}: rows are only ever
 * inserted, one per recorded step, and read back in the order they happened.
 */
@Component
class CaseTransitionLog {

    private static final String INSERT = """
            INSERT INTO case_transition
                (case_id, sequence, action, from_status, to_status, actor, actor_department, acting_for, at, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    CaseTransitionLog(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Appends the transitions in one statement, or one batch when a change recorded several. */
    void append(List<CaseTransition> transitions) {
        if (transitions.size() == 1) {
            batches.update(INSERT, parameters(transitions.getFirst()));
        } else if (!transitions.isEmpty()) {
            batches.batchUpdate(INSERT, transitions.stream().map(CaseTransitionLog::parameters).toList());
        }
    }

    private static Object[] parameters(CaseTransition t) {
        return new Object[] {t.caseId().value(), t.sequence(), t.action().name(),
                t.from() == null ? null : t.from().name(), t.to().name(), t.actor(), t.actorDepartment(),
                t.actingFor(), t.at().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), t.note()};
    }

    List<CaseTransition> of(ServiceCaseId id) {
        return jdbc.sql("""
                SELECT case_id, sequence, action, from_status, to_status, actor, actor_department, acting_for, at, note
                FROM case_transition WHERE case_id = :caseId ORDER BY sequence
                """)
                .param("caseId", id.value())
                .query(CaseTransitionLog::transition)
                .list();
    }

    private static CaseTransition transition(ResultSet rs, int rowNum) throws SQLException {
        String from = rs.getString("from_status");
        return new CaseTransition(new ServiceCaseId(rs.getObject("case_id", UUID.class)), rs.getInt("sequence"),
                CaseAction.valueOf(rs.getString("action")), from == null ? null : CaseStatus.valueOf(from),
                CaseStatus.valueOf(rs.getString("to_status")), rs.getString("actor"),
                rs.getString("actor_department"), rs.getString("acting_for"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("note"));
    }
}
