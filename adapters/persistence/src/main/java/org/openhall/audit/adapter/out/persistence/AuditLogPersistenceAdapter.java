package org.openhall.audit.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openhall.audit.application.port.in.AuditFilter;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.domain.AuditEntry;
import org.openhall.audit.domain.AuditRecord;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit chain in {@code audit_record}. Appends are serialised by a transaction-scoped advisory
 * lock, held until commit, so that the next writer reads the head this one wrote; the primary key
 * on the sequence would refuse a fork even if a writer skipped the lock.
 */
@Component
class AuditLogPersistenceAdapter implements AuditLog {

    /** The advisory lock key of the chain: "OHAUDIT1" as a 64-bit number, unlikely to clash. */
    static final long CHAIN_LOCK = 0x4F48_4155_4449_5431L;

    private static final String COLUMNS = """
            sequence, occurred_at, utc_offset, actor, source_address, action, object, result, algorithm,
            previous_hash, hash""";

    private final JdbcClient jdbc;

    AuditLogPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lockForAppend() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query((rs, n) -> 1).single();
    }

    @Override
    public Optional<AuditRecord> head() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record ORDER BY sequence DESC LIMIT 1")
                .query(AuditLogPersistenceAdapter::record).optional();
    }

    @Override
    public void append(AuditRecord r) {
        AuditEntry e = r.entry();
        jdbc.sql("INSERT INTO audit_record (" + COLUMNS + """
                ) VALUES (:sequence, :occurredAt, :offset, :actor, :source, :action, :object, :result, :algorithm,
                  :previousHash, :hash)""")
                .param("sequence", r.sequence())
                .param("occurredAt", e.occurredAt().atOffset(ZoneOffset.UTC))
                .param("offset", e.offset().getId())
                .param("actor", e.actor())
                .param("source", e.sourceAddress())
                .param("action", e.action())
                .param("object", e.object())
                .param("result", e.result())
                .param("algorithm", r.algorithm())
                .param("previousHash", r.previousHash())
                .param("hash", r.hash())
                .update();
    }

    @Override
    public List<AuditRecord> after(long afterSequence, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE sequence > :after ORDER BY sequence LIMIT :limit")
                .param("after", afterSequence).param("limit", limit)
                .query(AuditLogPersistenceAdapter::record).list();
    }

    @Override
    public Optional<AuditRecord> lastBefore(Instant instant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE occurred_at < :instant"
                + " ORDER BY sequence DESC LIMIT 1")
                .param("instant", instant.atOffset(ZoneOffset.UTC))
                .query(AuditLogPersistenceAdapter::record).optional();
    }

    @Override
    public Page<AuditRecord> find(AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object[]> params = new ArrayList<>();
        if (filter.actor() != null) {
            where.append(" AND actor = :actor");
            params.add(new Object[] { "actor", filter.actor() });
        }
        if (filter.object() != null) {
            where.append(" AND strpos(object, :object) > 0");
            params.add(new Object[] { "object", filter.object() });
        }
        if (filter.action() != null) {
            where.append(" AND strpos(action, :action) > 0");
            params.add(new Object[] { "action", filter.action() });
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.add(new Object[] { "from", filter.from().atOffset(ZoneOffset.UTC) });
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < :to");
            params.add(new Object[] { "to", filter.to().atOffset(ZoneOffset.UTC) });
        }
        JdbcClient.StatementSpec count = jdbc.sql("SELECT count(*) FROM audit_record" + where);
        JdbcClient.StatementSpec select = jdbc.sql("SELECT " + COLUMNS + " FROM audit_record" + where
                + " ORDER BY sequence DESC LIMIT :limit OFFSET :offset");
        for (Object[] p : params) {
            count = count.param((String) p[0], p[1]);
            select = select.param((String) p[0], p[1]);
        }
        long total = count.query(Long.class).single();
        List<AuditRecord> content = select.param("limit", page.size()).param("offset", page.offset())
                .query(AuditLogPersistenceAdapter::record).list();
        return Page.of(content, page, total);
    }

    private static AuditRecord record(ResultSet rs, int rowNum) throws SQLException {
        AuditEntry entry = new AuditEntry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                ZoneOffset.of(rs.getString("utc_offset")), rs.getString("actor"), rs.getString("source_address"),
                rs.getString("action"), rs.getString("object"), rs.getString("result"));
        return new AuditRecord(rs.getLong("sequence"), entry, rs.getString("algorithm"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }
}
