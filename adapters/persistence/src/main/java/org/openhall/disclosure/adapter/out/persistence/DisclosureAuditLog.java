package org.openhall.disclosure.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.openhall.disclosure.domain.AuditRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only audit trail of requests and entries in {@code disclosure_audit}. */
@Component
class DisclosureAuditLog {

    private final JdbcClient jdbc;

    DisclosureAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(List<AuditRecord> records) {
        for (AuditRecord r : records) {
            jdbc.sql("""
                    INSERT INTO disclosure_audit (subject_id, sequence, action, actor, at, note)
                    VALUES (:subject, :sequence, :action, :actor, :at, :note)
                    """)
                    .param("subject", UUID.fromString(r.subjectId()))
                    .param("sequence", r.sequence())
                    .param("action", r.action())
                    .param("actor", r.actor())
                    .param("at", r.at().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                    .param("note", r.note())
                    .update();
        }
    }

    List<AuditRecord> of(UUID subject) {
        return jdbc.sql("SELECT * FROM disclosure_audit WHERE subject_id = :subject ORDER BY sequence")
                .param("subject", subject).query(DisclosureAuditLog::record).list();
    }

    private static AuditRecord record(ResultSet rs, int rowNum) throws SQLException {
        return new AuditRecord(rs.getObject("subject_id", UUID.class).toString(), rs.getInt("sequence"),
                rs.getString("action"), rs.getString("actor"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("note"));
    }
}
