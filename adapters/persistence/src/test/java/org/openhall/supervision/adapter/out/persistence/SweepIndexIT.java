package org.openhall.supervision.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.supervision.application.port.out.SupervisedCaseRepository;
import org.openhall.supervision.domain.WatchedDeadline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sweep and the overdue counts read indexes, not the table. On a few rows PostgreSQL rightly
 * scans the table, so the test writes 100,000 cases (90 % open, due over a year, 40 departments)
 * inside a transaction that is rolled back, analyses them, and asks the planner for the plans of
 * the adapter's own queries without switching any plan type off.
 */
@PersistenceAdapterTest
class SweepIndexIT {

    private static final LocalDate TODAY = LocalDate.parse("2026-10-10");

    @Autowired
    SupervisedCaseRepository cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSweepReadsTheNextCheckIndexAndOverdueCountsReadTheDueDateIndex() {
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            SupervisionTables.truncate(jdbc);
            generateCases(100_000);
            jdbc.sql("ANALYZE supervision_case").update();

            String sweep = explain(SupervisedCasePersistenceAdapter.DUE_FOR_CHECK.replace(":today", "DATE '2026-10-10'")
                    .replace(":limit", "1000"));
            assertThat(sweep).as(sweep).contains("supervision_case_next_check_idx").doesNotContain("Seq Scan");

            jdbc.sql("SET LOCAL max_parallel_workers_per_gather = 0").update();
            String overdue = explain(SupervisedCasePersistenceAdapter.overdueQuery(WatchedDeadline.PROMISED)
                    .replace(":today", "DATE '2026-10-10'"));
            assertThat(overdue).as(overdue).contains("supervision_case_open_promised_due_idx")
                    .doesNotContain("Seq Scan");

            assertThat(cases.dueForCheck(TODAY, 1000)).hasSize(1000)
                    .allSatisfy(c -> assertThat(c.nextCheckOn()).get().matches(d -> !d.isAfter(TODAY)));
            // D0, D10, D20 and D30 hold only the closed cases (every tenth).
            assertThat(cases.countOverdueByDepartment(WatchedDeadline.PROMISED, TODAY)).hasSize(36)
                    .allSatisfy((department, n) -> assertThat(n).isBetween(130L, 140L));
        });
    }

    /**
     * Case i is due i % 365 days after 2026-09-20, so that about one open case in twenty is overdue on
     * 10-10, as in a centre that works; every tenth is closed; next checks spread like the due dates.
     */
    private void generateCases(int count) {
        jdbc.sql("""
                INSERT INTO supervision_case (case_id, case_number, item_code, department, stage, closed,
                    accepted_on, promised_due_on, statutory_due_on, next_check_on)
                SELECT 'gen-' || i, 'HS-' || i, 'ITEM-' || i % 300, 'D' || i % 40,
                    CASE WHEN i % 10 = 0 THEN 'COMPLETED' ELSE 'ACCEPTED' END, i % 10 = 0,
                    DATE '2026-09-20' + i % 365 - 10, DATE '2026-09-20' + i % 365, DATE '2026-09-20' + i % 365 + 10,
                    CASE WHEN i % 10 = 0 THEN NULL ELSE DATE '2026-09-20' + i % 365 - 1 END
                FROM generate_series(1, :count) AS i
                """).param("count", count).update();
    }

    private String explain(String query) {
        return String.join("\n", jdbc.sql("EXPLAIN " + query).query(String.class).list());
    }
}
