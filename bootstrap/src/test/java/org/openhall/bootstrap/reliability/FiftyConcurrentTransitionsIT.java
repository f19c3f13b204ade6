package org.openhall.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openhall.bootstrap.OpenHallIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fifty clerks press "accept" (受理) on one case at the same moment: exactly one acceptance is
 * written — one audit-trail row, one publication of the event per listener, the version raised once
 * — and the 49 others are told 409 with nothing of theirs left in the database.
 */
class FiftyConcurrentTransitionsIT extends OpenHallIT {

    private static final int CLERKS = 50;
    private static final String ACCEPTED = "org.openhall.servicecase.domain.event.CaseAccepted";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ofFiftyConcurrentAcceptancesOneIsWrittenAndFortyNineAre409() throws Exception {
        today("2026-03-10T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        long versionBefore = versionOf(id);
        int transitionsBefore = transitionsOf(id);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try (ExecutorService clerks = Executors.newFixedThreadPool(CLERKS)) {
            for (int i = 0; i < CLERKS; i++) {
                replies.add(clerks.submit(() -> {
                    start.await();
                    return post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null);
                }));
            }
            start.countDown();
            int ok = 0;
            for (Future<Reply> f : replies) {
                Reply r = f.get();
                if (r.status() == 200) {
                    ok++;
                } else {
                    assertThat(r.status()).as(r.body()).isEqualTo(409);
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.code()).isIn("case.concurrent-update", "case.not-in-expected-state");
                }
            }
            assertThat(ok).as("acceptances that succeeded").isEqualTo(1);
        }

        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_transition WHERE case_id = ? AND action = 'ACCEPT'",
                Integer.class, UUID.fromString(id))).as("acceptance rows of the audit trail").isEqualTo(1);
        // Acceptance also starts the first step: the winner wrote its transitions, the losers none.
        int written = transitionsOf(id) - transitionsBefore;
        assertThat(written).isBetween(1, 2);
        assertThat(versionOf(id)).as("one successful save").isEqualTo(versionBefore + 1);
        List<String> publications = jdbc.queryForList("""
                SELECT listener_id FROM event_publication
                WHERE event_type = ? AND serialized_event LIKE ?""", String.class, ACCEPTED, "%" + id + "%");
        assertThat(publications).as("one publication of the acceptance per listener").isNotEmpty()
                .doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM supervision_feed_log WHERE case_id = ? AND sequence IS NOT NULL",
                Integer.class, id)).as("the feed's outbox: one row per transition, none from the losers")
                .isEqualTo(transitionsOf(id));

        List<String> actions = new ArrayList<>();
        get(CLERK_SCJG, "/api/v1/cases/" + id + "/history").json().path("transitions")
                .forEach(t -> actions.add(t.path("action").asString()));
        assertThat(actions).as("the case's own history").filteredOn("ACCEPT"::equals).hasSize(1);
        assertThat(actions).hasSize(transitionsOf(id));
    }

    private long versionOf(String id) {
        return jdbc.queryForObject("SELECT version FROM service_case WHERE id = ?", Long.class, UUID.fromString(id));
    }

    private int transitionsOf(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM case_transition WHERE case_id = ?", Integer.class,
                UUID.fromString(id));
    }
}
