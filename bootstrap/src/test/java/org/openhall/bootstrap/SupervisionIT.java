package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.disclosure.domain.event.CatalogEntryPublicationOverdue;
import org.openhall.servicecase.domain.event.CaseRefused;
import org.openhall.servicecase.domain.event.FeeCollected;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Electronic supervision end to end: a food licence accepted on 2026-09-18 through the case API is
 * promised for Friday 10-09; with the Heshan pack's thresholds (warning 2 working days before,
 * yellow card 1 working day overdue, red card 3) the sweep warns on 09-30 — the National Day days
 * between do not count — shows a yellow card on Saturday 10-10, a make-up working day, and a red
 * card on Tuesday 10-13. The department contests, the supervisors order, the department replies,
 * the card is revoked; all over HTTP.
 */
class SupervisionIT extends OpenHallIT {

    @Autowired
    DomainEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    /** The case {@link #sweepOn} reports on. */
    private String watched;

    @Test
    void theSweepWarnsAndCardsACaseOnTheRightDaysAndTheCardsAreHandledOverHttp() {
        today("2026-09-18T10:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        Reply accepted = post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("promisedDue").asString()).isEqualTo("2026-10-09");
        watched = id;

        assertThat(sweepOn("2026-09-29")).isEmpty();
        assertThat(sweepOn("2026-09-30")).containsExactly("PROMISED_DUE_APPROACHING/WARNING/2026-09-30");
        assertThat(sweepOn("2026-10-09")).hasSize(1);
        assertThat(sweepOn("2026-10-10")).containsExactly("PROMISED_OVERDUE/YELLOW_CARD/2026-10-10",
                "PROMISED_DUE_APPROACHING/WARNING/2026-09-30");
        assertThat(sweepOn("2026-10-10")).as("a second sweep on the same day adds nothing").hasSize(2);
        assertThat(sweepOn("2026-10-13")).containsExactly("PROMISED_OVERDUE/RED_CARD/2026-10-13",
                "PROMISED_OVERDUE/YELLOW_CARD/2026-10-10", "PROMISED_DUE_APPROACHING/WARNING/2026-09-30");

        String red = warningId(id, "RED_CARD");
        String yellow = warningId(id, "YELLOW_CARD");
        // The food licence can be handled online but was received at a window: a warning at receipt.
        assertThat(get(APPROVER_SCJG, "/api/v1/supervision/warnings?caseId=" + id + "&rule=ONLINE_ITEM_HANDLED_OFFLINE")
                .json().path("content").get(0).path("raisedOn").asString()).isEqualTo("2026-09-18");
        // Its first step (受理, one working day from Fri 09-18, so due Mon 09-21) was never completed.
        assertThat(get(APPROVER_SCJG, "/api/v1/supervision/warnings?caseId=" + id + "&rule=STEP_OVERDUE").json()
                .path("content").get(0).path("level").asString()).isEqualTo("YELLOW_CARD");
        assertThat(get(APPROVER_SCJG, "/api/v1/supervision/warnings?caseId=" + id).json().path("totalElements")
                .asLong()).as("the department's approver sees its cards").isEqualTo(5);
        assertThat(get(CLERK_SCJG, "/api/v1/supervision/warnings").status()).isEqualTo(403);

        Reply contested = post(APPROVER_SCJG, "/api/v1/supervision/warnings/" + red + "/contest",
                "{\"reason\":\"申请人要求暂缓领取\"}");
        assertThat(contested.status()).isEqualTo(200);
        assertThat(contested.json().path("status").asString()).isEqualTo("CONTESTED");
        Reply again = post(APPROVER_SCJG, "/api/v1/supervision/warnings/" + red + "/contest", "{\"reason\":\"再次\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("supervision.warning-invalid-state");

        Reply order = post(SUPERVISOR, "/api/v1/supervision/orders",
                "{\"warningId\":\"" + red + "\",\"instruction\":\"请说明超期原因并限期办结\",\"replyWorkingDays\":2}");
        assertThat(order.status()).isEqualTo(201);
        assertThat(order.json().path("department").asString()).isEqualTo("SCJG");
        assertThat(order.json().path("replyDueOn").asString()).isEqualTo("2026-10-15");
        String orderId = order.json().path("id").asString();
        today("2026-10-16T09:00:00");
        assertThat(ids(get(SUPERVISOR, "/api/v1/supervision/orders?overdue=true").json())).contains(orderId);
        Reply reply = post(APPROVER_SCJG, "/api/v1/supervision/orders/" + orderId + "/reply",
                "{\"reply\":\"已于10月16日办结并向申请人说明\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asString()).isEqualTo("REPLIED");
        assertThat(reply.json().path("replyOverdue").asBoolean()).as("replied a day late").isTrue();
        assertThat(post(APPROVER_SCJG, "/api/v1/supervision/orders/" + orderId + "/reply", "{\"reply\":\"x\"}")
                .code()).isEqualTo("supervision.order-already-replied");

        Reply noReason = post(SUPERVISOR, "/api/v1/supervision/warnings/" + yellow + "/revocation", "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Reply revoked = post(SUPERVISOR, "/api/v1/supervision/warnings/" + red + "/revocation",
                "{\"reason\":\"经核实系申请人原因\"}");
        assertThat(revoked.json().path("status").asString()).isEqualTo("REVOKED");
        assertThat(post(APPROVER_SCJG, "/api/v1/supervision/warnings/" + yellow + "/revocation", "{\"reason\":\"x\"}")
                .status()).isEqualTo(403);

        Reply accountability = post(SUPERVISOR, "/api/v1/supervision/accountability",
                "{\"warningId\":\"" + yellow + "\",\"staff\":[\"clerk.scjg\"],\"measure\":\"批评教育\","
                        + "\"reasons\":\"超承诺时限办结\"}");
        assertThat(accountability.status()).isEqualTo(201);
        assertThat(get(SUPERVISOR, "/api/v1/supervision/accountability").body()).contains(yellow);

        JsonNode figures = get(SUPERVISOR, "/api/v1/supervision/figures?month=2026-10&by=DEPARTMENT").json();
        JsonNode scjg = line(figures, "SCJG");
        assertThat(scjg.path("yellowCards").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(get(SUPERVISOR, "/api/v1/supervision/grades?year=2026&quarter=4").status()).isEqualTo(200);
    }

    @Test
    void eventsThatBreakARuleOnTheirOwnRaiseTheirCardAtOnceAndOnlyOnce() {
        today("2026-11-02T10:00:00");
        String caseId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        CaseRefused refused = new CaseRefused(caseId, "HS-T-1", "SCJG", 2, "clerk.scjg", now,
                LocalDate.parse("2026-11-02"), "", " ");
        FeeCollected fee = new FeeCollected(caseId, "HS-T-1", "SCJG", 3, "clerk.scjg", now, "R-1",
                new BigDecimal("50.00"), new BigDecimal("40.00"), List.of("工本费"));
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        inTransaction.executeWithoutResult(s -> events.publish(List.of(refused, fee)));
        // Delivered again: (case, sequence) was applied already.
        inTransaction.executeWithoutResult(s -> events.publish(List.of(refused, fee)));

        JsonNode page = get(SUPERVISOR, "/api/v1/supervision/warnings?caseId=" + caseId).json();
        List<String> found = new ArrayList<>();
        page.path("content").forEach(w -> found.add(w.path("rule").asString() + "/" + w.path("level").asString()));
        assertThat(found).containsExactlyInAnyOrder("REFUSAL_WITHOUT_REASONS/RED_CARD", "FEE_DIFFERS_FROM_CATALOG/RED_CARD");
    }

    @Test
    void aProactiveDisclosureEntryPublishedLateGetsACardThroughSupervision() {
        today("2026-10-15T10:00:00");
        // Made on 2026-09-10: 20 working days (政府信息公开条例 Art. 26) ran out on 2026-10-14, across
        // 中秋 and 国庆; disclosure reports it the day after, and supervision cards the department.
        CatalogEntryPublicationOverdue late = new CatalogEntryPublicationOverdue(UUID.randomUUID().toString(),
                "HSZJJ-2026-0042", "ZJJ", 1, LocalDate.parse("2026-10-14"), clock.instant());
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publish(List.of(late)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get(SUPERVISOR, "/api/v1/supervision/warnings?rule=PUBLICATION_OVERDUE").json().path("content"))
                .anySatisfy(w -> {
                    assertThat(w.path("caseNumber").asString()).isEqualTo("HSZJJ-2026-0042");
                    assertThat(w.path("department").asString()).isEqualTo("ZJJ");
                    assertThat(w.path("level").asString()).isEqualTo("YELLOW_CARD");
                    assertThat(w.path("dueOn").asString()).isEqualTo("2026-10-14");
                }));
    }

    /** Sweeps on {@code day}; returns the deadline warnings of the case as rule/level/raisedOn, newest first. */
    private List<String> sweepOn(String day) {
        // Supervision took in each event of the case in the transaction that recorded it: the case is
        // there, as the last transition left it, as soon as the request answered.
        assertThat(jdbc.queryForObject("select count(*) from supervision_case where case_id = ?", Integer.class,
                watched)).isEqualTo(1);
        today(day + "T08:30:00");
        Reply swept = post(SUPERVISOR, "/api/v1/supervision/sweeps", null);
        assertThat(swept.status()).as(swept.body()).isEqualTo(200);
        JsonNode page = get(SUPERVISOR, "/api/v1/supervision/warnings?caseId=" + watched).json();
        List<String> found = new ArrayList<>();
        page.path("content").forEach(w -> {
            if (w.path("rule").asString().startsWith("PROMISED_")) {
                found.add(w.path("rule").asString() + "/" + w.path("level").asString() + "/"
                        + w.path("raisedOn").asString());
            }
        });
        return found;
    }

    private String warningId(String caseId, String level) {
        JsonNode page = get(SUPERVISOR, "/api/v1/supervision/warnings?caseId=" + caseId + "&rule=PROMISED_OVERDUE&level="
                + level).json();
        assertThat(page.path("content").size()).isEqualTo(1);
        return page.path("content").get(0).path("id").asString();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asString()));
        return ids;
    }

    private static JsonNode line(JsonNode figures, String key) {
        for (JsonNode line : figures.path("lines")) {
            if (key.equals(line.path("key").asString())) {
                return line;
            }
        }
        throw new AssertionError("no line " + key + " in " + figures);
    }
}
