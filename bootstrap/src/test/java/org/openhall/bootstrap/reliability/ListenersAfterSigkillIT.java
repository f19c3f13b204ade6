package org.openhall.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openhall.bootstrap.OpenHallIT;
import org.openhall.bootstrap.SupervisionFeedPeer;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The OpenHall JVM is killed with SIGKILL after a case's acceptance committed and before the
 * listeners of its events ran and the feed's relay sent them; a new JVM on the same database delivers
 * them, and every side effect — the SMS notice (短信通知) and its daily-limit slot, the supervision feed
 * (电子监察数据上报) to the regional system — happens once, also when the new process delivers the events a
 * second time. The supervision projection (电子监察) and the feed's outbox entries committed with the
 * acceptance itself.
 *
 * <p>Both processes are the executable jar the build packaged, run as a county runs it. In the first,
 * the feed's relay sends to a receiver that never answers (with a timeout longer than the test), and
 * the acceptance notice's listener waits for a lock the test holds on the daily SMS slots.
 */
class ListenersAfterSigkillIT {

    private static final RunningDatabase DATABASE = OwnDatabase.start("sigkill");
    private static final Path LOGS = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target",
            "sigkill-it");
    private static final Duration WAIT = Duration.ofSeconds(45);

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @Test
    void eventsOfAKilledProcessAreDeliveredByTheNextOneAndActedOnOnce() throws SQLException {
        Path jar = OpenHallProcess.executableJar().orElse(null);
        assumeTrue(jar != null, "no target/openhall-bootstrap-*-exec.jar: this test runs after the package phase");
        JdbcTemplate jdbc = new JdbcTemplate(DATABASE.dataSource());

        String id;
        try (SilentReceiver hanging = SilentReceiver.start();
                Connection slots = DATABASE.dataSource().getConnection();
                OpenHallProcess first = OpenHallProcess.start(jar, DATABASE, heldBack(hanging.url()),
                        LOGS.resolve("first.log"))) {
            id = first.submitFoodLicence();
            // The relay now waits for an answer to the submission's event; everything after it waits too.
            awaitUntil("the feed sends the submission to the hanging receiver", hanging::holdsARequest, first);
            holdDailySlots(slots);
            assertThat(first.post(OpenHallIT.CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status())
                    .isEqualTo(200);
            assertThat(incompleteOfCase(jdbc, id)).as("the acceptance's publications, committed with it").isPositive();
            awaitUntil("the acceptance notice's listener waits for the daily slots", () -> jdbc.queryForObject(
                    "SELECT count(*) FROM pg_locks WHERE relation = 'sms_daily_count'::regclass AND NOT granted",
                    Integer.class) > 0, first);

            long pid = first.pid();
            assertThat(first.kill()).as("exit value of a JVM killed by SIGKILL")
                    .isEqualTo(OpenHallProcess.KILLED_BY_SIGKILL);
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the killed process").isEmpty();
            slots.rollback();
        }
        // What the killed process left: the acceptance committed, none of its listeners' work done.
        assertThat(jdbc.queryForObject("SELECT status FROM service_case WHERE id = ?", String.class,
                UUID.fromString(id))).isNotEqualTo("SUBMITTED");
        assertThat(incompleteOfCase(jdbc, id)).as("publications the kill left open").isPositive();
        ListenerSideEffects leftByTheKill = ListenerSideEffects.of(jdbc, id);
        assertThat(leftByTheKill.acceptanceNotices()).as("acceptance notices before the restart").isZero();
        assertThat(leftByTheKill.dailySlotsUsed()).as("daily SMS slots before the restart").isZero();
        assertThat(leftByTheKill.supervisedCases()).as("the projection, committed with the change").isEqualTo(1);
        assertThat(leftByTheKill.feedEntries()).as("the feed's outbox entries, committed with the change")
                .isEqualTo(expectedOnce(jdbc, id).feedEntries());
        assertThat(leftByTheKill.feedDeliveries()).as("feed deliveries before the restart").isZero();

        SupervisionFeedPeer regional = SupervisionFeedPeer.start();
        try (OpenHallProcess second = OpenHallProcess.start(jar, DATABASE, delivering(regional.url()),
                LOGS.resolve("second.log"))) {
            awaitNoIncomplete(jdbc, second);
            ListenerSideEffects once = expectedOnce(jdbc, id);
            assertThat(ListenerSideEffects.of(jdbc, id)).as("each listener acted once on each event").isEqualTo(once);
            assertReceivedOnce(regional, jdbc, id);

            // Delivered again, as after a kill between a listener's work and its completion mark: the
            // second process resubmits them on its next start.
            jdbc.update("UPDATE event_publication SET completion_date = NULL, status = 'PUBLISHED' "
                    + "WHERE serialized_event LIKE ?", "%" + id + "%");
            assertThat(second.kill()).isEqualTo(OpenHallProcess.KILLED_BY_SIGKILL);
            try (OpenHallProcess third = OpenHallProcess.start(jar, DATABASE, delivering(regional.url()),
                    LOGS.resolve("third.log"))) {
                awaitNoIncomplete(jdbc, third);
                assertThat(ListenerSideEffects.of(jdbc, id)).as("a second delivery changes nothing").isEqualTo(once);
                assertReceivedOnce(regional, jdbc, id);
            }
        }
    }

    /**
     * Takes the daily SMS slots' table in a transaction left open: the acceptance notice's listener,
     * which takes a slot, waits for it until the process is killed.
     */
    private static void holdDailySlots(Connection slots) throws SQLException {
        slots.setAutoCommit(false);
        try (Statement lock = slots.createStatement()) {
            lock.execute("LOCK TABLE sms_daily_count IN SHARE MODE");
        }
    }

    /**
     * The first process: the feed sends to {@code endpoint} once and waits up to ten minutes for the
     * answer; listeners run on a single platform thread, one after the other.
     */
    private static Map<String, String> heldBack(String endpoint) {
        Map<String, String> settings = quiet();
        settings.put("openhall.supervision-feed.transport", "http");
        settings.put("openhall.supervision-feed.http.endpoint", endpoint);
        settings.put("openhall.supervision-feed.http.attempts", "1");
        settings.put("openhall.supervision-feed.http.timeout", "PT10M");
        settings.put("spring.threads.virtual.enabled", "false");
        settings.put("spring.task.execution.pool.core-size", "1");
        settings.put("spring.task.execution.pool.max-size", "1");
        return settings;
    }

    /**
     * The processes after the kill: the feed reaches {@code endpoint} and relays every half second;
     * a publication the kill left PROCESSING or RESUBMITTED counts as failed after five seconds (not
     * ten minutes), so that the test need not wait for it.
     */
    private static Map<String, String> delivering(String endpoint) {
        Map<String, String> settings = quiet();
        settings.put("openhall.supervision-feed.transport", "http");
        settings.put("openhall.supervision-feed.http.endpoint", endpoint);
        settings.put("openhall.supervision-feed.http.timeout", "PT5S");
        settings.put("openhall.supervision-feed.relay.interval", "PT0.5S");
        settings.put("spring.modulith.events.staleness.processing", "PT5S");
        settings.put("spring.modulith.events.staleness.resubmission", "PT5S");
        settings.put("spring.modulith.events.staleness.check-intervall", "PT1S");
        return settings;
    }

    /** Scheduled jobs that would add side effects of their own (warnings, SMS sending) are off. */
    private static Map<String, String> quiet() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("openhall.cases.deemed-acceptance.enabled", "false");
        settings.put("openhall.sms.dispatcher.enabled", "false");
        settings.put("openhall.supervision.sweep.enabled", "false");
        settings.put("openhall.tickets.lateness.enabled", "false");
        return settings;
    }

    /** Each case event projected once, one acceptance notice and slot, each event and warning fed once. */
    private static ListenerSideEffects expectedOnce(JdbcTemplate jdbc, String id) {
        int transitions = ListenerSideEffects.count(jdbc, "SELECT count(*) FROM case_transition WHERE case_id = ?::uuid", id);
        int warnings = ListenerSideEffects.count(jdbc, "SELECT count(*) FROM supervision_warning WHERE case_id = ?", id);
        return new ListenerSideEffects(1, 1, 1, transitions + warnings, transitions + warnings);
    }

    /**
     * The regional system has each event of the case, in sequence order. Delivery is at least once — a
     * process killed between a send and its mark sends that event again — and the receiver keeps it
     * once, by its id: receivers de-duplicate on the CloudEvents id.
     */
    private static void assertReceivedOnce(SupervisionFeedPeer regional, JdbcTemplate jdbc, String id) {
        List<String> expected = jdbc.queryForList(
                "SELECT 'case:' || case_id || ':' || sequence FROM case_transition WHERE case_id = ?::uuid "
                        + "ORDER BY sequence", String.class, id);
        assertThat(regional.ofCase(id)).as("the case's events at the regional system, by id, as they first arrived")
                .extracting(e -> e.path("id").asString()).containsExactlyElementsOf(expected);
    }

    private static int incompleteOfCase(JdbcTemplate jdbc, String id) {
        return ListenerSideEffects.count(jdbc, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND serialized_event LIKE '%' || ? || '%'", id);
    }

    private static void awaitNoIncomplete(JdbcTemplate jdbc, OpenHallProcess process) {
        try {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Integer.class) == 0
                    && ListenerSideEffects.undelivered(jdbc) == 0);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("publications or feed events still undelivered: " + jdbc.queryForList("""
                    SELECT listener_id, event_type, status, completion_attempts, publication_date,
                           last_resubmission_date
                    FROM event_publication WHERE completion_date IS NULL""") + "\n" + process.logTail(), e);
        }
    }

    private static void awaitUntil(String what, BooleanSupplier condition, OpenHallProcess process) {
        try {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not seen within " + WAIT + ": " + what + "\n" + process.logTail(), e);
        }
    }
}
