package org.openhall.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openhall.bootstrap.OpenHallIT;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The process dies after a case's transaction committed but before any listener of its events
 * ran and before the feed's relay could send them: the supervision projection (电子监察) and the feed's
 * outbox entries committed with the change; the next process on the same database delivers the rest
 * (the event publication registry is the listeners' outbox, the feed's own table the feed's), and
 * every side effect — the SMS notice (短信通知), each feed delivery — happens once, also when an
 * event is delivered again.
 */
class ListenersAfterCrashIT {

    private static final RunningDatabase DATABASE = OwnDatabase.start("crash");

    /**
     * Every listener of the first process is handed to an executor that never runs it. Not a
     * {@code @Configuration}: the command lines' component scans would find it and register its
     * executor beside the application's; it is handed to the first process as a source only.
     */
    static class ListenersNeverRun {

        static final List<Runnable> DROPPED = new CopyOnWriteArrayList<>();

        @Bean(name = { "applicationTaskExecutor", "taskExecutor" })
        TaskExecutor deadExecutor() {
            return DROPPED::add;
        }
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @Test
    void eventsCommittedBeforeACrashAreDeliveredAfterRestartAndActedOnOnce() {
        String id;
        // The dead executor replaces the application's listener executor of the same name.
        // The feed's receiver cannot be reached from the first process: its relay sends nothing.
        try (OpenHallInstance first = start(Map.of("spring.main.allow-bean-definition-overriding", "true",
                "openhall.supervision-feed.transport", "http",
                "openhall.supervision-feed.http.endpoint", "http://127.0.0.1:9/feed",
                "openhall.supervision-feed.http.attempts", "1"), ListenersNeverRun.class)) {
            first.today("2026-03-10T09:00:00");
            id = first.submitFoodLicence();
            assertThat(first.post(OpenHallIT.CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status())
                    .isEqualTo(200);
            assertThat(ListenersNeverRun.DROPPED).as("listener calls the first process never ran").isNotEmpty();
            assertThat(incomplete(first.jdbc())).as("publications left open by the crash").isPositive();
            int owed = feedEventsOf(first.jdbc(), id);
            assertThat(ListenerSideEffects.of(first.jdbc(), id)).as("committed with the change, nothing after it")
                    .isEqualTo(new ListenerSideEffects(1, 0, 0, owed, 0));
        }
        ListenersNeverRun.DROPPED.clear();

        // A publication the first process handed to its dead executor may be left PROCESSING: it counts as
        // stale after a second.
        try (OpenHallInstance second = start(Map.of("spring.modulith.events.staleness.resubmission", "PT1S",
                "spring.modulith.events.staleness.check-intervall", "PT1S"))) {
            second.today("2026-03-10T09:05:00");
            JdbcTemplate jdbc = second.jdbc();
            awaitNoIncomplete(jdbc);
            int owed = feedEventsOf(jdbc, id);
            ListenerSideEffects once = new ListenerSideEffects(1, 1, 1, owed, owed);
            assertThat(ListenerSideEffects.of(jdbc, id)).as("each listener acted once on each event").isEqualTo(once);

            // Delivered again, as after a crash between a listener's work and its completion mark.
            jdbc.update("UPDATE event_publication SET completion_date = NULL, status = 'PUBLISHED' "
                    + "WHERE serialized_event LIKE ?", "%" + id + "%");
            assertThat(incomplete(jdbc)).isPositive();
            second.bean(IncompleteEventPublications.class).resubmitIncompletePublications(p -> true);
            awaitNoIncomplete(jdbc);
            assertThat(ListenerSideEffects.of(jdbc, id)).as("a second delivery changes nothing").isEqualTo(once);
        }
    }

    private static OpenHallInstance start(Map<String, String> properties, Class<?>... configurations) {
        return OpenHallInstance.start(DATABASE.jdbcUrl(), DATABASE.username(), DATABASE.password(), properties,
                configurations);
    }

    /** The feed carries each case event and each warning (an online item received at the window is one). */
    private static int feedEventsOf(JdbcTemplate jdbc, String id) {
        int transitions = jdbc.queryForObject("SELECT count(*) FROM case_transition WHERE case_id = ?",
                Integer.class, UUID.fromString(id));
        return transitions + ListenerSideEffects.count(jdbc, "SELECT count(*) FROM supervision_warning WHERE case_id = ?", id);
    }

    private static int incomplete(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL",
                Integer.class);
    }

    private static void awaitNoIncomplete(JdbcTemplate jdbc) {
        try {
            await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(100))
                    .until(() -> incomplete(jdbc) == 0 && ListenerSideEffects.undelivered(jdbc) == 0);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("publications or feed events still undelivered: " + jdbc.queryForList("""
                    SELECT listener_id, event_type, status, completion_attempts, publication_date,
                           last_resubmission_date
                    FROM event_publication WHERE completion_date IS NULL"""), e);
        }
    }
}
