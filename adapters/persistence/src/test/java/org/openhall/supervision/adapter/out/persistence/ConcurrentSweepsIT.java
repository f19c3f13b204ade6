package org.openhall.supervision.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.shared.domain.time.SettableClock;
import org.openhall.supervision.application.port.in.SweepResult;
import org.openhall.supervision.application.port.out.SupervisedCaseRepository;
import org.openhall.supervision.application.port.out.WarningRepository;
import org.openhall.supervision.application.service.SupervisionSweepService;
import org.openhall.supervision.application.service.WarningRaiser;
import org.openhall.supervision.domain.SupervisedCase;
import org.openhall.supervision.domain.event.WarningRaised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes sweep at the same moment, each in its own transaction on the same PostgreSQL database:
 * both read the same due cases (a latch holds each one until the other has read too), both try to
 * store the same findings, and the unique (case, rule, level) keeps exactly one row of each, announced
 * by exactly one of the two.
 */
@PersistenceAdapterTest
class ConcurrentSweepsIT {

    private static final LocalDate OCT_10 = LocalDate.parse("2026-10-10");

    @Autowired
    SupervisedCaseRepository cases;
    @Autowired
    WarningRepository warnings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void emptyTables() {
        SupervisionTables.truncate(jdbc);
    }

    @Test
    void twoSweepsAtOnceStoreEachWarningOnceAndAnnounceItOnce() throws Exception {
        // Due Friday 10-09: a red card on Saturday 10-10 (a make-up working day), the day after.
        for (int i = 0; i < 20; i++) {
            cases.save(SupervisionTestbed.acceptedCase("case-" + i, i % 2 == 0 ? "SCJG" : "WSJK",
                    LocalDate.parse("2026-09-21"), LocalDate.parse("2026-10-09")));
        }
        Clock clock = new SettableClock(SupervisionTestbed.CHINA, OCT_10.atTime(9, 0));
        CountDownLatch bothHaveRead = new CountDownLatch(2);
        SupervisionTestbed.Published published = new SupervisionTestbed.Published();
        SupervisedCaseRepository readThenWait = new ReadThenWait(cases, bothHaveRead);
        SupervisionSweepService node = new SupervisionSweepService(readThenWait,
                new WarningRaiser(warnings, published, clock), SupervisionTestbed.defaultSettings(), clock);
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);

        List<Future<SweepResult>> sweeps = new ArrayList<>();
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            for (int n = 0; n < 2; n++) {
                sweeps.add(nodes.submit(() -> inTransaction.execute(status -> node.sweep())));
            }
        }
        int raised = 0;
        for (Future<SweepResult> sweep : sweeps) {
            raised += sweep.get(60, TimeUnit.SECONDS).warningsRaised();
        }

        assertThat(raised).isEqualTo(20);
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_warning").query(Long.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (SELECT case_id, rule, level FROM supervision_warning
                GROUP BY case_id, rule, level HAVING count(*) > 1) d""").query(Long.class).single()).isZero();
        assertThat(published.events).hasSize(20).allSatisfy(e -> assertThat(e).isInstanceOf(WarningRaised.class));
        assertThat(published.events).extracting(e -> ((WarningRaised) e).level()).containsOnly("RED_CARD");
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_case WHERE next_check_on IS NOT NULL").query(Long.class)
                .single()).isZero();
    }

    /** Reads like the repository, then waits until the other node has read too, so both hold the same cases. */
    private record ReadThenWait(SupervisedCaseRepository delegate, CountDownLatch latch)
            implements SupervisedCaseRepository {

        @Override
        public List<SupervisedCase> dueForCheck(LocalDate today, int limit) {
            List<SupervisedCase> read = delegate.dueForCheck(today, limit);
            if (!read.isEmpty() && latch.getCount() > 0) {
                latch.countDown();
                try {
                    if (!latch.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the other sweep never read");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return read;
        }

        @Override
        public java.util.Optional<SupervisedCase> find(String caseId) {
            return delegate.find(caseId);
        }

        @Override
        public void save(SupervisedCase supervisedCase) {
            delegate.save(supervisedCase);
        }

        @Override
        public void planNextCheck(String caseId, LocalDate nextCheckOn) {
            delegate.planNextCheck(caseId, nextCheckOn);
        }

        @Override
        public List<org.openhall.supervision.domain.SupervisedCaseSnapshot> completedBetween(LocalDate from,
                LocalDate to) {
            return delegate.completedBetween(from, to);
        }

        @Override
        public long countOpen() {
            return delegate.countOpen();
        }

        @Override
        public long countDueBetween(org.openhall.supervision.domain.WatchedDeadline watched, LocalDate from,
                LocalDate to) {
            return delegate.countDueBetween(watched, from, to);
        }

        @Override
        public java.util.Map<String, Long> countOverdueByDepartment(
                org.openhall.supervision.domain.WatchedDeadline watched, LocalDate today) {
            return delegate.countOverdueByDepartment(watched, today);
        }
    }
}
