package org.openhall.audit.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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
import org.openhall.audit.domain.UnchainedEntry;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail in {@code audit_record}. Writers only insert an entry's content, numbered by the
 * table's id sequence; the chainer, alone under a transaction-scoped advisory lock, fills in the
 * chain columns. The unique sequence would refuse a fork even if a chainer skipped the lock, and
 * the table's trigger refuses to change content or a chain already set (migration V10_4).
 */
@Component
class AuditLogPersistenceAdapter implements AuditLog {

    /** The advisory lock key of the chain: "OHAUDIT1" as a 64-bit number, unlikely to clash. */
    static final long CHAIN_LOCK = 0x4F48_4155_4449_5431L;

    private static final String CONTENT = """
            occurred_at, utc_offset, actor, source_address, action, object, result""";

    private static final String COLUMNS = "sequence, " + CONTENT + ", algorithm, previous_hash, hash";

    private static final String CHAINED = " sequence IS NOT NULL ";

    private final JdbcClient jdbc;

    AuditLogPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(AuditEntry e) {
        jdbc.sql("INSERT INTO audit_record (" + CONTENT + """
                ) VALUES (:occurredAt, :offset, :actor, :source, :action, :object, :result)""")
                .param("occurredAt", e.occurredAt().atOffset(ZoneOffset.UTC))
                .param("offset", e.offset().getId())
                .param("actor", e.actor())
                .param("source", e.sourceAddress())
                .param("action", e.action())
                .param("object", e.object())
                .param("result", e.result())
                .update();
    }

    @Override
    public void lockForChaining() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query((rs, n) -> 1).single();
    }

    @Override
    public Optional<AuditRecord> head() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE" + CHAINED + "ORDER BY sequence DESC LIMIT 1")
                .query(AuditLogPersistenceAdapter::record).optional();
    }

    @Override
    public List<UnchainedEntry> unchained(int limit) {
        return jdbc.sql("SELECT id, " + CONTENT + " FROM audit_record WHERE sequence IS NULL ORDER BY id LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new UnchainedEntry(rs.getLong("id"), entry(rs))).list();
    }

    @Override
    public void link(long id, AuditRecord r) {
        int linked = jdbc.sql("""
                UPDATE audit_record SET sequence = :sequence, algorithm = :algorithm, previous_hash = :previousHash,
                  hash = :hash
                WHERE id = :id AND sequence IS NULL""")
                .param("id", id)
                .param("sequence", r.sequence())
                .param("algorithm", r.algorithm())
                .param("previousHash", r.previousHash())
                .param("hash", r.hash())
                .update();
        if (linked != 1) {
            throw new IllegalStateException("Audit record " + id + " is missing or chained already");
        }
    }

    @Override
    public long unchainedLongerThan(Duration wait) {
        // The database's clock on both sides: the application's clock may be set to another day.
        return jdbc.sql("""
                SELECT count(*) FROM audit_record
                WHERE sequence IS NULL AND stored_at < clock_timestamp() - make_interval(secs => :seconds)""")
                .param("seconds", wait.toMillis() / 1000.0).query(Long.class).single();
    }

    @Override
    public List<AuditRecord> after(long afterSequence, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE sequence > :after ORDER BY sequence LIMIT :limit")
                .param("after", afterSequence).param("limit", limit)
                .query(AuditLogPersistenceAdapter::record).list();
    }

    @Override
    public Optional<AuditRecord> lastBefore(Instant instant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE" + CHAINED + "AND occurred_at < :instant"
                + " ORDER BY sequence DESC LIMIT 1")
                .param("instant", instant.atOffset(ZoneOffset.UTC))
                .query(AuditLogPersistenceAdapter::record).optional();
    }

    @Override
    public Page<AuditRecord> find(AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE" + CHAINED);
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
        return new AuditRecord(rs.getLong("sequence"), entry(rs), rs.getString("algorithm"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                ZoneOffset.of(rs.getString("utc_offset")), rs.getString("actor"), rs.getString("source_address"),
                rs.getString("action"), rs.getString("object"), rs.getString("result"));
    }
}
