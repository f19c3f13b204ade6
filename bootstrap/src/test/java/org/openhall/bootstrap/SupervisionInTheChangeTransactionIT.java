package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The supervision side of a case transition happens in the transition's own transaction: the
 * projection and the feed's outbox entry are there when the request answers, a projection that fails
 * takes the transition down with it, and what supervision writes per transition is what the table
 * statistics of a database of its own count.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = SupervisionInTheChangeTransactionIT.OwnDatabase.class)
class SupervisionInTheChangeTransactionIT extends OpenHallIT {

    // The table statistics count every writer of the database: these tests count only their own.
    private static final RunningDatabase OWN_DATABASE = SeparateDatabase.start("projection");

    static final class OwnDatabase extends SeparateDatabase {

        @Override
        RunningDatabase database() {
            return OWN_DATABASE;
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTransitionWhoseProjectionFailsIsNotMadeAtAll() {
        today("2026-03-02T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        Map<String, Object> before = traceOf(id);
        // The projection of this case's acceptance now breaks a rule of the supervision table.
        String rule = "projection_fails_" + id.replace("-", "");
        jdbc.execute("ALTER TABLE supervision_case ADD CONSTRAINT " + rule + " CHECK (case_id <> '" + id
                + "' OR accepted_on IS NULL)");
        try {
            Reply refused = post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null);

            assertThat(refused.status()).as(refused.body()).isGreaterThanOrEqualTo(400);
            assertThat(traceOf(id)).as("case, history, projection, feed and publications as before")
                    .isEqualTo(before);
        } finally {
            jdbc.execute("ALTER TABLE supervision_case DROP CONSTRAINT " + rule);
        }

        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);
        Map<String, Object> after = traceOf(id);
        assertThat(after.get("status")).isNotEqualTo(before.get("status"));
        assertThat(after.get("acceptedOn")).as("the projection, there as the request answered").isNotNull();
        assertThat((Long) after.get("feedEntries")).as("acceptance and first step started")
                .isEqualTo((Long) before.get("feedEntries") + 2);
    }

    @Test
    void aCaseWalkedThroughWritesEachFeedRowOnceNeverRewritesItAndNoSupervisionPublication() {
        today("2026-03-03T09:00:00");
        awaitFeedDrained();
        Map<String, Long> before = awaitSettledWrites();

        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);
        walkFoodLicenceSteps(id);
        assertThat(post(APPROVER_SCJG, "/api/v1/cases/" + id + "/completion", "{\"note\":\"准予许可\"}").status())
                .isEqualTo(200);
        awaitFeedDrained();
        Map<String, Long> after = awaitSettledWrites();

        long transitions = jdbc.queryForObject("SELECT count(*) FROM case_transition WHERE case_id = ?", Long.class,
                UUID.fromString(id));
        long warnings = jdbc.queryForObject("SELECT count(*) FROM supervision_warning WHERE case_id = ?", Long.class,
                id);
        Map<String, Long> written = new LinkedHashMap<>();
        after.forEach((key, value) -> written.put(key, value - before.getOrDefault(key, 0L)));
        System.out.printf("Supervision writes for one case of %d transitions and %d warnings: %s%n", transitions,
                warnings, written);

        assertThat(written.get("supervision_feed_log.ins")).as("one outbox row per case event and warning")
                .isEqualTo(transitions + warnings);
        assertThat(written.get("supervision_feed_log.upd")).as("no row rewritten by its delivery").isZero();
        assertThat(written.get("supervision_feed_pending.ins")).as("each event queued once")
                .isEqualTo(transitions + warnings);
        assertThat(written.get("supervision_feed_pending.del")).as("and taken off the queue once delivered")
                .isEqualTo(transitions + warnings);
        assertThat(written.get("supervision_case.ins")).isEqualTo(1);
        assertThat(written.get("supervision_case.upd")).as("the projection, once per later event")
                .isEqualTo(transitions - 1);
        assertThat(written.get("supervision_warning.ins")).isEqualTo(warnings);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_publication
                 WHERE serialized_event LIKE ? AND listener_id LIKE 'org.openhall.supervision.%'""", Long.class,
                "%" + id + "%")).as("no publication for a supervision listener").isZero();
        assertThat(jdbc.queryForObject("SELECT to_regclass('supervision_applied_event') IS NULL", Boolean.class))
                .as("no idempotency keys").isTrue();
    }

    /** What a case's transition leaves behind, everywhere it could. */
    private Map<String, Object> traceOf(String id) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("status", jdbc.queryForObject("SELECT status FROM service_case WHERE id = ?", String.class,
                UUID.fromString(id)));
        trace.put("transitions", jdbc.queryForObject("SELECT count(*) FROM case_transition WHERE case_id = ?",
                Long.class, UUID.fromString(id)));
        trace.put("acceptedOn", jdbc.queryForList("SELECT accepted_on FROM supervision_case WHERE case_id = ?",
                Object.class, id).getFirst());
        trace.put("warnings", jdbc.queryForObject("SELECT count(*) FROM supervision_warning WHERE case_id = ?",
                Long.class, id));
        trace.put("feedEntries", jdbc.queryForObject("SELECT count(*) FROM supervision_feed_log WHERE case_id = ?",
                Long.class, id));
        trace.put("publications", jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
                Long.class, "%" + id + "%"));
        return trace;
    }

    private void awaitFeedDrained() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM supervision_feed_pending", Long.class) == 0);
    }

    /**
     * Rows inserted, updated and deleted per supervision table and in the publication registry, once the
     * statistics stopped moving: each server process reports its counts a little after its transactions.
     */
    private Map<String, Long> awaitSettledWrites() {
        Map<String, Long>[] last = new Map[] { writes() };
        // A backend that went idle flushes its counters up to 10 s later (PostgreSQL 15): two equal
        // readings count as settled only when more than that lies between them.
        await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ofSeconds(11)).pollInterval(Duration.ofSeconds(11))
                .until(() -> {
                    Map<String, Long> now = writes();
                    boolean settled = now.equals(last[0]);
                    last[0] = now;
                    return settled;
                });
        return last[0];
    }

    private Map<String, Long> writes() {
        Map<String, Long> writes = new LinkedHashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables
                 WHERE relname LIKE 'supervision%' OR relname = 'event_publication' ORDER BY relname""");
        for (Map<String, Object> row : rows) {
            String table = (String) row.get("relname");
            writes.put(table + ".ins", ((Number) row.get("n_tup_ins")).longValue());
            writes.put(table + ".upd", ((Number) row.get("n_tup_upd")).longValue());
            writes.put(table + ".del", ((Number) row.get("n_tup_del")).longValue());
        }
        return writes;
    }
}
