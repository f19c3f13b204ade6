package org.openhall.supervision.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.supervision.application.port.out.SupervisedCaseRepository;
import org.openhall.supervision.domain.CasePause;
import org.openhall.supervision.domain.SupervisedCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projection reads a supervised case with its pauses and handlers and writes it back once per
 * case event: what it reads must be what it wrote, and writing back a pause or handler that did not
 * change must not write its row again (each rewrite is WAL the centre pays for on every transition).
 */
@PersistenceAdapterTest
class SupervisedCasePersistenceAdapterIT {

    private static final LocalDate OCT_9 = LocalDate.parse("2026-10-09");
    private static final LocalDate OCT_12 = LocalDate.parse("2026-10-12");
    private static final LocalDate OCT_14 = LocalDate.parse("2026-10-14");

    @Autowired
    SupervisedCaseRepository cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void empty() {
        SupervisionTables.truncate(jdbc);
    }

    @Test
    void aCaseComesBackWithItsPausesInOrderAndItsHandlers() {
        SupervisedCase c = pausedTwiceByTwoClerks();
        cases.save(c);

        SupervisedCase read = cases.find("case-1").orElseThrow();

        assertThat(read.snapshot()).isEqualTo(c.snapshot());
        assertThat(read.pauses()).containsExactly(new CasePause("EXPERT_REVIEW", OCT_9, OCT_12),
                new CasePause("PUBLIC_NOTICE", OCT_14, null));
        assertThat(read.handlers()).containsExactlyInAnyOrder("clerk.a", "clerk.b");
        assertThat(cases.find("case-2")).isEmpty();
    }

    @Test
    void aCaseWithoutPausesOrHandlersComesBackWithNone() {
        SupervisedCase c = SupervisedCase.firstSeen("case-3", "HS-3", "SCJG");
        cases.save(c);

        SupervisedCase read = cases.find("case-3").orElseThrow();

        assertThat(read.pauses()).isEmpty();
        assertThat(read.handlers()).isEmpty();
        assertThat(read.snapshot()).isEqualTo(c.snapshot());
    }

    @Test
    void savingAgainWritesOnlyWhatChanged() {
        cases.save(pausedTwiceByTwoClerks());

        Map<String, long[]> unchanged = writes(() -> cases.save(cases.find("case-1").orElseThrow()));
        assertThat(unchanged.get("supervision_case_pause")).containsExactly(0, 0);
        assertThat(unchanged.get("supervision_case_handler")).containsExactly(0, 0);

        Map<String, long[]> resumed = writes(() -> {
            SupervisedCase c = cases.find("case-1").orElseThrow();
            c.touchedBy("HS-1", "SCJG", "clerk.c");
            c.resumed("PUBLIC_NOTICE", OCT_14, LocalDate.parse("2026-10-20"), null, null);
            cases.save(c);
        });
        // The open pause closes (one update), the new handler is added (one insert), nothing else.
        assertThat(resumed.get("supervision_case_pause")).containsExactly(0, 1);
        assertThat(resumed.get("supervision_case_handler")).containsExactly(1, 0);
        assertThat(cases.find("case-1").orElseThrow().pauses()).extracting(CasePause::to)
                .containsExactly(OCT_12, LocalDate.parse("2026-10-20"));
    }

    private SupervisedCase pausedTwiceByTwoClerks() {
        SupervisedCase c = SupervisionTestbed.acceptedCase("case-1", "SCJG", LocalDate.parse("2026-10-08"),
                LocalDate.parse("2026-11-05"));
        c.touchedBy("HS-1", "SCJG", "clerk.a");
        c.paused("EXPERT_REVIEW", OCT_9);
        c.resumed("EXPERT_REVIEW", OCT_9, OCT_12, null, null);
        c.touchedBy("HS-1", "SCJG", "clerk.b");
        c.paused("PUBLIC_NOTICE", OCT_14);
        return c;
    }

    /** Rows inserted and updated per child table by {@code work}, counted by the server for this transaction. */
    private Map<String, long[]> writes(Runnable work) {
        return new TransactionTemplate(transactions).execute(status -> {
            Map<String, long[]> before = counters();
            work.run();
            Map<String, long[]> after = counters();
            return Map.of("supervision_case_pause", minus(after, before, "supervision_case_pause"),
                    "supervision_case_handler", minus(after, before, "supervision_case_handler"));
        });
    }

    private Map<String, long[]> counters() {
        Map<String, long[]> counts = new java.util.HashMap<>();
        for (String table : List.of("supervision_case_pause", "supervision_case_handler")) {
            counts.put(table, new long[] {0, 0});
        }
        jdbc.sql("""
                SELECT relname, n_tup_ins, n_tup_upd FROM pg_stat_xact_user_tables
                WHERE schemaname = current_schema()
                  AND relname IN ('supervision_case_pause', 'supervision_case_handler')""")
                .query((rs, n) -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        return counts;
    }

    private static long[] minus(Map<String, long[]> after, Map<String, long[]> before, String table) {
        return new long[] {after.get(table)[0] - before.get(table)[0], after.get(table)[1] - before.get(table)[1]};
    }
}
