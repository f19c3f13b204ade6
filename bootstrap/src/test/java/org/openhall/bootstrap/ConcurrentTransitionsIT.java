package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Two clerks pressing "accept" on one case at the same moment: one wins, the other learns of it. */
class ConcurrentTransitionsIT extends OpenHallIT {

    @Test
    void ofConcurrentAcceptancesExactlyOneSucceedsAndTheOthersGet409() throws Exception {
        today("2026-03-03T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        int clerks = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clerks)) {
            for (int i = 0; i < clerks; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null);
                }));
            }
            start.countDown();
            int ok = 0;
            int conflicts = 0;
            for (Future<Reply> f : replies) {
                Reply r = f.get();
                if (r.status() == 200) {
                    ok++;
                } else if (r.status() == 409) {
                    conflicts++;
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.code()).isIn("case.concurrent-update", "case.not-in-expected-state");
                }
            }
            assertThat(ok).isEqualTo(1);
            assertThat(conflicts).isEqualTo(clerks - 1);
        }
        JsonNode history = get(CLERK_SCJG, "/api/v1/cases/" + id + "/history").json().path("transitions");
        long acceptances = 0;
        for (JsonNode t : history) {
            if ("ACCEPT".equals(t.path("action").asString())) {
                acceptances++;
            }
        }
        assertThat(acceptances).as("nothing of the losing attempts was written").isEqualTo(1);
    }
}
