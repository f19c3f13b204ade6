package org.openhall.audit.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.audit.application.port.in.AuditFilter;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.application.service.AuditTrailService;
import org.openhall.audit.application.service.ChainVerificationService;
import org.openhall.audit.domain.AuditChain;
import org.openhall.audit.domain.AuditEntry;
import org.openhall.audit.domain.ChainBreak;
import org.openhall.audit.domain.ChainVerification;
import org.openhall.audit.domain.Sha256Digest;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase;
import org.openhall.shared.application.paging.PageRequest;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain on PostgreSQL: the application's role may append and read but never rewrite,
 * remove or truncate a record; the verifier names a record the owner altered and the gap a removed
 * one leaves; writers in parallel still form one chain.
 */
@PersistenceAdapterTest
class AuditLogPersistenceAdapterIT {

    private static final String APPLICATION_ROLE = "openhall_app";

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private AuditTrailService trail;
    private ChainVerificationService verifier;
    private TransactionTemplate inTransaction;

    @BeforeEach
    void emptyChain() {
        // The tests connect as the owner, who alone may empty the trail.
        jdbc.sql("TRUNCATE audit_record, audit_chain_head").update();
        trail = new AuditTrailService(log, new AuditChain(new Sha256Digest()));
        verifier = new ChainVerificationService(log, List.of(new Sha256Digest()));
        inTransaction = new TransactionTemplate(transactions);
    }

    private void append(int count, String actor) {
        for (int i = 0; i < count; i++) {
            AuditEntry entry = new AuditEntry(Instant.parse("2026-03-02T02:00:00Z").plusSeconds(i),
                    ZoneOffset.ofHours(8), actor, "10.0.0.9", "POST /api/v1/cases/{id}/acceptance", "id=" + i,
                    "success");
            inTransaction.executeWithoutResult(status -> trail.record(entry));
        }
    }

    private static Connection asApplication() throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(PostgresTestDatabase.jdbcUrl());
        dataSource.setUser(APPLICATION_ROLE);
        return dataSource.getConnection();
    }

    @Test
    void theApplicationsRoleAppendsAndReadsButCannotUpdateDeleteOrTruncate() throws SQLException {
        append(2, "clerk.scjg");

        try (Connection connection = asApplication(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            assertThat(statement.executeQuery("SELECT count(*) FROM audit_record").next()).isTrue();
            for (String forbidden : List.of("UPDATE audit_record SET actor = 'nobody' WHERE sequence = 1",
                    "DELETE FROM audit_record WHERE sequence = 2", "TRUNCATE audit_record",
                    "UPDATE audit_chain_head SET head_hash = 'x'", "DELETE FROM audit_chain_head")) {
                assertThatThrownBy(() -> statement.executeUpdate(forbidden)).as(forbidden)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            // Every other table is the application's to write, including those of later migrations.
            assertThat(statement.executeUpdate("UPDATE county_parameter SET value = value WHERE false")).isZero();
            assertThatThrownBy(() -> statement.execute("CREATE TABLE intruder (id int)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theVerifierNamesTheRecordTheOwnerAltered() {
        append(5, "clerk.scjg");
        assertThat(verifier.verify().intact()).isTrue();

        jdbc.sql("UPDATE audit_record SET result = 'success', actor = 'approver.scjg' WHERE sequence = 3").update();

        ChainVerification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(ChainBreak.CONTENT_ALTERED);
        assertThat(result.recordsChecked()).isEqualTo(2);
    }

    @Test
    void theVerifierNamesTheGapARemovedRecordLeaves() {
        append(5, "clerk.scjg");

        jdbc.sql("DELETE FROM audit_record WHERE sequence = 4").update();

        ChainVerification result = verifier.verify();
        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.reason()).isEqualTo(ChainBreak.GAP);
    }

    @Test
    void recordsAreFoundByActorObjectActionAndPeriodNewestFirst() {
        append(3, "clerk.scjg");
        append(2, "approver.scjg");

        var byActor = log.find(new AuditFilter("approver.scjg", null, null, null, null), new PageRequest(0, 10));
        assertThat(byActor.totalElements()).isEqualTo(2);
        assertThat(byActor.content().getFirst().sequence()).isEqualTo(5);
        assertThat(log.find(new AuditFilter(null, "id=2", "acceptance", null, null), new PageRequest(0, 10))
                .totalElements()).isEqualTo(1);
        assertThat(log.find(new AuditFilter(null, null, null, Instant.parse("2026-03-02T02:00:01Z"),
                Instant.parse("2026-03-02T02:00:02Z")), new PageRequest(0, 10)).totalElements()).isEqualTo(2);
    }

    @Test
    void writersInParallelFormOneChainWithoutGapsOrForks() throws Exception {
        int writers = 4;
        int each = 100;
        long alone = System.nanoTime();
        append(each, "alone");
        long aloneMicros = (System.nanoTime() - alone) / 1_000;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String actor = "writer" + w;
                running.add(pool.submit(() -> append(each, actor)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long parallelMicros = (System.nanoTime() - started) / 1_000;

        ChainVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.lastSequence()).isEqualTo((writers + 1L) * each);
        // A note for the documentation, not an assertion: how long one chained append takes here.
        System.out.printf("Audit chain: %d appends by one writer in %d ms, %d by %d writers in %d ms%n", each,
                aloneMicros / 1_000, writers * each, writers, parallelMicros / 1_000);
    }
}
