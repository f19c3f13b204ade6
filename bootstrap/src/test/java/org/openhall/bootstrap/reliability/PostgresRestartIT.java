package org.openhall.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openhall.bootstrap.OpenHallIT;
import org.openhall.bootstrap.OpenHallIT.Reply;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL restarts while clerks keep submitting applications: requests during the outage fail
 * promptly with a problem (503), never hang; OpenHall takes up work again by itself once the server
 * is back (the pool drops dead connections and opens new ones); every application that was answered
 * 201 is in the database, and no case is there without its audit trail.
 */
class PostgresRestartIT {

    private static final int CLERKS = 3;
    /**
     * During the outage a request may wait for a connection up to three times, each bounded by the
     * pool's connection timeout (30 s): for its session, for its own work and for its audit record.
     * A request that takes longer than that, with room for a loaded machine, hangs.
     */
    private static final Duration NO_HANG = Duration.ofSeconds(100);

    /** One request and what came of it. */
    record Outcome(int status, String contentType, String code, String caseId, long millis) {
    }

    @Test
    void openHallRecoversFromADatabaseRestartWithoutLosingAnAnsweredRequest() throws Exception {
        Path data = Files.createTempDirectory("openhall-pg-restart");
        int port = freePort();
        EmbeddedPostgres postgres = startPostgres(data, port);
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        try (OpenHallInstance openHall = OpenHallInstance.start(url, "postgres", "", Map.of())) {
            openHall.today("2026-03-10T09:00:00");
            try (ExecutorService clerks = Executors.newFixedThreadPool(CLERKS)) {
                for (int i = 0; i < CLERKS; i++) {
                    clerks.submit(() -> {
                        while (running.get()) {
                            outcomes.add(submit(openHall));
                        }
                        return null;
                    });
                }
                awaitCount(outcomes, 201, 10);
                postgres.close();
                // The outage: requests keep coming and are refused, each promptly.
                await().atMost(Duration.ofSeconds(120)).until(() -> outcomes.stream().filter(o -> o.status() >= 500)
                        .count() >= CLERKS);
                long answeredBeforeRestart = count(outcomes, 201);
                postgres = startPostgres(data, port);
                // Back: without a restart of OpenHall, applications are taken again.
                await().atMost(Duration.ofSeconds(120)).until(() -> count(outcomes, 201) >= answeredBeforeRestart + 10);
                running.set(false);
            }
            JdbcTemplate jdbc = openHall.jdbc();
            List<Outcome> all = List.copyOf(outcomes);
            assertThat(all).filteredOn(o -> o.status() >= 500).isNotEmpty().allSatisfy(o -> {
                assertThat(o.status()).as("refused during the outage").isIn(500, 503);
                assertThat(o.contentType()).startsWith("application/problem+json");
            });
            assertThat(all).filteredOn(o -> o.status() != 201 && o.status() < 500).as("other answers").isEmpty();
            assertThat(all).allSatisfy(o -> assertThat(Duration.ofMillis(o.millis())).isLessThan(NO_HANG));

            Set<String> stored = jdbc.queryForList("SELECT id::text FROM service_case", String.class).stream()
                    .collect(Collectors.toSet());
            Set<String> answered = all.stream().filter(o -> o.status() == 201).map(Outcome::caseId)
                    .collect(Collectors.toSet());
            assertThat(stored).as("every case answered 201 is stored").containsAll(answered);
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM service_case c
                    WHERE NOT EXISTS (SELECT 1 FROM case_transition t WHERE t.case_id = c.id AND t.sequence = 1)""",
                    Integer.class)).as("cases without their first audit-trail row").isZero();
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM service_case c
                    WHERE NOT EXISTS (SELECT 1 FROM service_case_material m WHERE m.case_id = c.id)""",
                    Integer.class)).as("cases without their materials").isZero();
        } finally {
            running.set(false);
            postgres.close();
        }
    }

    private static Outcome submit(OpenHallInstance openHall) {
        long start = System.nanoTime();
        Reply r = openHall.post(OpenHallIT.CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP","LICENCE"]}""".formatted(OpenHallIT.VALID_ID));
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean json = r.contentType().contains("json") && !r.body().isEmpty();
        String id = r.status() == 201 ? r.json().path("id").asString() : null;
        if (id != null) {
            UUID.fromString(id);
        }
        return new Outcome(r.status(), r.contentType(), json ? r.json().path("code").asString() : "", id, millis);
    }

    private static void awaitCount(ConcurrentLinkedQueue<Outcome> outcomes, int status, int atLeast) {
        await().atMost(Duration.ofSeconds(60)).until(() -> count(outcomes, status) >= atLeast);
    }

    private static long count(ConcurrentLinkedQueue<Outcome> outcomes, int status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    private static EmbeddedPostgres startPostgres(Path data, int port) throws IOException {
        // Kept on close, so that the second start finds the first one's data.
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
                .setRegisterShutdownHook(true).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
