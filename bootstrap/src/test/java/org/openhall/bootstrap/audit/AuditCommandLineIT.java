package org.openhall.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhall.audit.domain.AuditChain;
import org.openhall.audit.domain.AuditEntry;
import org.openhall.audit.domain.AuditRecord;
import org.openhall.audit.domain.Sha256Digest;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code audit verify} as an operator runs it, on a database of its own named the way a normal run
 * names it ({@code OPENHALL_DB_URL}): an intact chain exits 0, a record the owner altered exits 1
 * and is named.
 */
class AuditCommandLineIT {

    private static RunningDatabase database;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void database() {
        database = PostgresTestDatabase.startRequested();
    }

    @AfterAll
    static void release() {
        database.close();
    }

    @Test
    void namesTheRecordTheOwnerAlteredAndExitsWithOne() {
        assertThat(run("audit", "verify")).as(err()).isEqualTo(AuditCommandLine.INTACT);
        assertThat(out()).contains("intact: 0 records");

        JdbcTemplate owner = new JdbcTemplate(database.dataSource());
        AuditChain chain = new AuditChain(new Sha256Digest());
        AuditRecord head = null;
        for (int i = 1; i <= 3; i++) {
            head = chain.append(head, new AuditEntry(Instant.parse("2026-03-02T02:00:00Z").plusSeconds(i),
                    ZoneOffset.ofHours(8), "clerk.scjg", "10.0.0.8", "POST /api/v1/cases/{id}/acceptance", "id=" + i,
                    "success"));
            AuditEntry e = head.entry();
            owner.update("""
                    INSERT INTO audit_record (sequence, occurred_at, utc_offset, actor, source_address, action, object,
                      result, algorithm, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    head.sequence(), e.occurredAt().atOffset(ZoneOffset.UTC), e.offset().getId(), e.actor(),
                    e.sourceAddress(), e.action(), e.object(), e.result(), head.algorithm(), head.previousHash(),
                    head.hash());
        }
        out.reset();
        assertThat(run("audit", "verify")).isEqualTo(AuditCommandLine.INTACT);
        assertThat(out()).contains("intact: 3 records, last #3, head " + head.hash());

        // As a request writes it: content only; the verification links it before it checks.
        owner.update("""
                INSERT INTO audit_record (occurred_at, utc_offset, actor, source_address, action, object, result)
                VALUES (now(), '+08:00', 'clerk.scjg', '10.0.0.8', 'POST /api/v1/cases/{id}/acceptance', 'id=4',
                  'success')""");
        out.reset();
        assertThat(run("audit", "verify")).isEqualTo(AuditCommandLine.INTACT);
        assertThat(out()).contains("intact: 4 records, last #4");

        // The table refuses even its owner's rewrite until he disables its trigger.
        owner.execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_chain_once");
        owner.update("UPDATE audit_record SET result = 'case.not-found' WHERE sequence = 2");
        owner.execute("ALTER TABLE audit_record ENABLE TRIGGER audit_record_chain_once");
        out.reset();
        assertThat(run("audit", "verify")).isEqualTo(AuditCommandLine.BROKEN);
        assertThat(out()).contains("broken at record #2 (CONTENT_ALTERED)");
    }

    @Test
    void aWrongCommandExplainsTheUsage() {
        assertThat(run("audit", "repair")).isEqualTo(AuditCommandLine.USAGE);
        assertThat(err()).contains("audit verify");
    }

    private int run(String... args) {
        Map<String, String> env = Map.of("OPENHALL_DB_URL", database.jdbcUrl(), "OPENHALL_DB_USER",
                database.username(), "OPENHALL_DB_PASSWORD", database.password());
        return new AuditCommandLine(env, print(out), print(err)).run(args);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
