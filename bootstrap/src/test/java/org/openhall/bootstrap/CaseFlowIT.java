package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A case from receipt to completion through the API alone: one-time notice of everything missing,
 * supply, acceptance on 2026-09-18 (the clocks cross 中秋 and 国庆 and count the make-up working
 * days 2026-09-20 and 2026-10-10), completion; and the audit trail of every step.
 */
class CaseFlowIT extends OpenHallIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordedEvents events;

    @Test
    void aCaseGoesFromReceiptThroughOneTimeNoticeToCompletionThroughTheApiAlone() {
        today("2026-09-16T09:30:00");
        String id = submitFoodLicence("APP", "LICENCE");
        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + id).json().path("status").asString()).isEqualTo("SUBMITTED");

        Reply notice = post(CLERK_SCJG, "/api/v1/cases/" + id + "/supplement-request", "{\"defects\":{}}");
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.json().path("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        List<String> listed = new ArrayList<>();
        notice.json().path("notices").get(0).path("items").forEach(i -> listed.add(i.path("code").asString()));
        assertThat(listed).as("the one-time notice lists every missing mandatory material, and only those")
                .containsExactly("LAYOUT", "RULES");

        Reply second = post(CLERK_SCJG, "/api/v1/cases/" + id + "/supplement-request", "{\"defects\":{}}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.code()).isEqualTo("case.one-time-notice-already-issued");

        today("2026-09-18T10:00:00");
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/materials", "{\"materials\":[\"LAYOUT\",\"RULES\"]}")
                .status()).isEqualTo(200);
        Reply accepted = post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null);
        assertThat(accepted.status()).isEqualTo(200);
        JsonNode c = accepted.json();
        assertThat(c.path("status").asString()).isEqualTo("ACCEPTED");
        // Worked by hand: Fri 09-18 is day 0; 09-20 (Sun, 调休) is day 1; 09-25..27 and 10-01..07 are
        // holidays; 10-10 (Sat, 调休) is day 11; the 20th working day is Thu 10-22. The promised
        // 10 working days end on Fri 10-09.
        assertThat(c.path("statutoryDue").asString()).isEqualTo("2026-10-22");
        assertThat(c.path("promisedDue").asString()).isEqualTo("2026-10-09");

        Reply explanation = get(CLERK_SCJG, "/api/v1/cases/" + id + "/deadline?kind=STATUTORY");
        assertThat(explanation.status()).isEqualTo(200);
        List<String> makeUpCounted = new ArrayList<>();
        int counted = 0;
        for (JsonNode day : explanation.json().path("days")) {
            if ("COUNTED".equals(day.path("verdict").asString())) {
                counted++;
                if (day.path("makeUpWorkday").asBoolean()) {
                    makeUpCounted.add(day.path("date").asString());
                }
            }
        }
        assertThat(counted).isEqualTo(20);
        assertThat(makeUpCounted).containsExactly("2026-09-20", "2026-10-10");

        today("2026-10-09T16:00:00");
        Reply completed = post(APPROVER_SCJG, "/api/v1/cases/" + id + "/completion", "{\"note\":\"准予许可\"}");
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.json().path("completedOn").asString()).isEqualTo("2026-10-09");

        JsonNode history = get(CLERK_SCJG, "/api/v1/cases/" + id + "/history").json().path("transitions");
        List<String> steps = new ArrayList<>();
        history.forEach(t -> steps.add(t.path("action").asString() + " by " + t.path("actor").asString()));
        assertThat(steps).containsExactly("SUBMIT by clerk.scjg", "REQUEST_SUPPLEMENT by clerk.scjg",
                "SUPPLY_MATERIALS by clerk.scjg", "ACCEPT by clerk.scjg", "COMPLETE by approver.scjg");
        assertThat(history.get(3).path("at").asString()).startsWith("2026-09-18T10:00").endsWith("+08:00");
    }

    @Test
    void everyCaseEventGoesThroughTheEventPublicationRegistry() {
        today("2026-03-02T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);

        Integer publications = jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ? and listener_id like ?",
                Integer.class, "%" + id + "%", "%RecordedEvents%");
        assertThat(publications).as("the registry recorded the CaseAccepted publication for its listener")
                .isEqualTo(1);
        // The listener runs asynchronously after the commit: give it a moment rather than race it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events.accepted())
                .anyMatch(e -> e.caseId().equals(id) && e.acceptedOn().toString().equals("2026-03-02")));
    }
}
