package org.openhall.audit.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.audit.application.port.in.AuditFilter;
import org.openhall.audit.application.port.in.ChainAuditRecordsUseCase;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.application.service.AuditChainer;
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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on PostgreSQL: writers only insert; the chainer links what they committed into
 * one chain. The application's role may insert and read, and fill in a record's chain once, but
 * never alter its content, rewrite its chain, remove or truncate it; the verifier names a record
 * the owner altered and the gap a removed one leaves, and reports records left unchained; sixteen
 * writers in parallel, with chainers running meanwhile, still give one chain without fork or gap.
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
    private ChainAuditRecordsUseCase chainer;
    private ChainVerificationService verifier;
    private TransactionTemplate inTransaction;

    @BeforeEach
    void emptyTrail() {
        // The tests connect as the owner, who alone may empty the trail.
        jdbc.sql("TRUNCATE audit_record, audit_chain_head").update();
        inTransaction = new TransactionTemplate(transactions);
        // Outside Spring's proxies, the chainer's transaction of its own comes from a template.
        AuditChainer linker = new AuditChainer(log, new AuditChain(new Sha256Digest()));
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        chainer = () -> own.execute(status -> linker.chainPending());
        trail = new AuditTrailService(log, chainer);
        verifier = new ChainVerificationService(log, List.of(new Sha256Digest()), chainer, Duration.ofMinutes(1));
    }

    private static AuditEntry entry(String actor, int i) {
        return new AuditEntry(Instant.parse("2026-03-02T02:00:00Z").plusSeconds(i), ZoneOffset.ofHours(8), actor,
                "10.0.0.9", "POST /api/v1/cases/{id}/acceptance", "id=" + i, "success");
    }

    private void append(int count, String actor) {
        for (int i = 0; i < count; i++) {
            AuditEntry entry = entry(actor, i);
            inTransaction.executeWithoutResult(status -> trail.record(entry));
        }
    }

    private static Connection asApplication() throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(PostgresTestDatabase.jdbcUrl());
        dataSource.setUser(APPLICATION_ROLE);
        return dataSource.getConnection();
    }

    private long unchained() {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE sequence IS NULL").query(Long.class).single();
    }

    @Test
    void theApplicationsRoleInsertsAndChainsOnceButCannotAlterRewriteDeleteOrTruncate() throws SQLException {
        append(2, "clerk.scjg");
        chainer.chainPending();

        try (Connection connection = asApplication(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            assertThat(statement.executeUpdate("""
                    INSERT INTO audit_record (occurred_at, utc_offset, actor, source_address, action, object, result)
                    VALUES (now(), '+08:00', 'clerk.scjg', '10.0.0.9', 'POST /x', '', 'success')""")).isOne();
            for (String forbidden : List.of("UPDATE audit_record SET actor = 'nobody' WHERE sequence = 1",
                    "UPDATE audit_record SET result = 'success', hash = 'x' WHERE sequence IS NULL",
                    "DELETE FROM audit_record WHERE sequence = 2", "TRUNCATE audit_record",
                    "UPDATE audit_chain_head SET head_hash = 'x'", "DELETE FROM audit_chain_head")) {
                assertThatThrownBy(() -> statement.executeUpdate(forbidden)).as(forbidden)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            String rewrite = "UPDATE audit_record SET hash = repeat('0', 64) WHERE sequence = 1";
            assertThatThrownBy(() -> statement.executeUpdate(rewrite)).as(rewrite)
                    .isInstanceOf(SQLException.class).hasMessageContaining("chained already");
            // Every other table is the application's to write, including those of later migrations.
            assertThat(statement.executeUpdate("UPDATE county_parameter SET value = value WHERE false")).isZero();
            assertThatThrownBy(() -> statement.execute("CREATE TABLE intruder (id int)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThat(chainer.chainPending()).as("the row the role inserted, linked by the chainer").isOne();
        ChainVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.lastSequence()).isEqualTo(3);
    }

    @Test
    void theChainerLinksWhatWritersInsertedAndNothingTwice() {
        append(3, "clerk.scjg");
        assertThat(unchained()).as("writers only insert").isEqualTo(3);
        assertThat(log.head()).as("no chain yet").isEmpty();

        assertThat(chainer.chainPending()).isEqualTo(3);
        assertThat(chainer.chainPending()).isZero();

        assertThat(unchained()).isZero();
        assertThat(log.head().orElseThrow().sequence()).isEqualTo(3);
        assertThat(log.after(0, 10)).extracting(r -> r.entry().object()).containsExactly("id=0", "id=1", "id=2");
    }

    @Test
    void aRecordRolledBackWithItsChangeLeavesNothingToChain() {
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> {
            trail.record(entry("clerk.scjg", 1));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(chainer.chainPending()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record").query(Long.class).single()).isZero();
    }

    @Test
    void theVerifierNamesTheRecordTheOwnerAltered() {
        append(5, "clerk.scjg");
        assertThat(verifier.verify().intact()).isTrue();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET actor = 'approver.scjg' WHERE sequence = 3")
                .update()).as("even the owner is stopped unless he disables the trigger")
                .rootCause().hasMessageContaining("append-only");

        jdbc.sql("ALTER TABLE audit_record DISABLE TRIGGER audit_record_chain_once").update();
        try {
            jdbc.sql("UPDATE audit_record SET result = 'success', actor = 'approver.scjg' WHERE sequence = 3").update();
        } finally {
            jdbc.sql("ALTER TABLE audit_record ENABLE TRIGGER audit_record_chain_once").update();
        }

        ChainVerification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(ChainBreak.CONTENT_ALTERED);
        assertThat(result.recordsChecked()).isEqualTo(2);
    }

    @Test
    void theVerifierNamesTheGapARemovedRecordLeaves() {
        append(5, "clerk.scjg");
        chainer.chainPending();

        jdbc.sql("DELETE FROM audit_record WHERE sequence = 4").update();

        ChainVerification result = verifier.verify();
        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.reason()).isEqualTo(ChainBreak.GAP);
    }

    @Test
    void theVerifierReportsRecordsLeftUnchainedTooLong() {
        append(2, "clerk.scjg");
        ChainAuditRecordsUseCase broken = () -> {
            throw new IllegalStateException("the chainer cannot link");
        };
        ChainVerificationService strict = new ChainVerificationService(log, List.of(new Sha256Digest()), broken,
                Duration.ZERO);
        ChainVerificationService patient = new ChainVerificationService(log, List.of(new Sha256Digest()), broken,
                Duration.ofHours(1));

        ChainVerification late = strict.verify();
        assertThat(late.intact()).as("what is chained is intact").isTrue();
        assertThat(late.lateUnchained()).isEqualTo(2);
        assertThat(patient.verify().lateUnchained()).as("not late yet").isZero();
        assertThat(verifier.verify().lateUnchained()).as("once the chainer works again").isZero();
    }

    @Test
    void recordsAreFoundByActorObjectActionAndPeriodNewestFirst() {
        append(3, "clerk.scjg");
        append(2, "approver.scjg");

        var byActor = trail.find(new AuditFilter("approver.scjg", null, null, null, null), new PageRequest(0, 10));
        assertThat(byActor.totalElements()).isEqualTo(2);
        assertThat(byActor.content().getFirst().sequence()).isEqualTo(5);
        assertThat(log.find(new AuditFilter(null, "id=2", "acceptance", null, null), new PageRequest(0, 10))
                .totalElements()).isEqualTo(1);
        assertThat(log.find(new AuditFilter(null, null, null, Instant.parse("2026-03-02T02:00:01Z"),
                Instant.parse("2026-03-02T02:00:02Z")), new PageRequest(0, 10)).totalElements()).isEqualTo(2);
    }

    @Test
    void sixteenWritersInParallelWithChainersRunningFormOneChainWithoutGapsOrForks() throws Exception {
        int writers = 16;
        int each = 50;
        long alone = System.nanoTime();
        append(each, "alone");
        long aloneMicros = (System.nanoTime() - alone) / 1_000;
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        long parallelMicros;
        int linkedMeanwhile = 0;
        try {
            List<Future<Integer>> chainers = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                // Two chainers, as two instances would run them: the lock lets one link at a time.
                chainers.add(pool.submit(() -> {
                    start.await();
                    int linked = 0;
                    while (writing.get()) {
                        linked += chainer.chainPending();
                        Thread.sleep(5);
                    }
                    return linked;
                }));
            }
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String actor = "writer" + w;
                running.add(pool.submit(() -> {
                    start.await();
                    append(each, actor);
                    return null;
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            for (Future<?> f : running) {
                f.get();
            }
            parallelMicros = (System.nanoTime() - started) / 1_000;
            writing.set(false);
            for (Future<Integer> f : chainers) {
                linkedMeanwhile += f.get();
            }
        } finally {
            pool.shutdown();
        }
        chainer.chainPending();

        assertThat(unchained()).isZero();
        ChainVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.lastSequence()).isEqualTo((writers + 1L) * each);
        try (Connection connection = asApplication(); Statement statement = connection.createStatement();
                ResultSet distinct = statement.executeQuery(
                        "SELECT count(DISTINCT previous_hash), count(*) FROM audit_record")) {
            distinct.next();
            assertThat(distinct.getLong(1)).as("no two records follow the same one").isEqualTo(distinct.getLong(2));
        }
        // A note for the report, not an assertion: what one append costs here now.
        System.out.printf("Audit trail: %d appends by one writer in %d ms; %d by %d writers in %d ms"
                + " (%.0f appends/s), %d of them linked while they were written%n", each, aloneMicros / 1_000,
                writers * each, writers, parallelMicros / 1_000, writers * each * 1e6 / parallelMicros,
                linkedMeanwhile);
    }
}
