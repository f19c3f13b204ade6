package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.complaint.domain.event.TicketFollowedUp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A ticket's whole closed loop over HTTP on the Heshan pack, with supervision: an efficiency complaint
 * (投诉, 5 working days) about a food-licence case, taken in by the hotline on Friday 2026-09-18 and
 * due Thursday 09-24 (Sunday 09-20 is a make-up working day). Dispatched the same day, it must be
 * signed in by 09-20; signed in on 09-21 it is carded yellow for the late sign-in. An extension of 2
 * working days asked on 09-22 and approved by the department head moves the due date over 中秋
 * (09-25..27) to 09-29; replied only on 09-30, it is carded red. Then completion, the follow-up call,
 * closing — and no reopening after the 10 working days of the pack.
 */
class TicketFlowIT extends OpenHallIT {

    @Autowired
    RecordedEvents recorded;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWholeLoopWithItsRefusalsAndTheSupervisionCards() {
        today("2026-09-18T09:00:00");
        String caseId = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        String caseNumber = get(CLERK_SCJG, "/api/v1/cases/" + caseId).json().path("number").asString();

        today("2026-09-18T10:00:00");
        Reply opened = post(HOTLINE_OPERATOR, "/api/v1/tickets", """
                {"channel":"HOTLINE","ticketClass":"complaint","callerName":"张三","callerPhone":"13800138000",
                 "subject":"窗口人员态度差","description":"办理食品经营许可时窗口人员态度生硬","relatedCaseNumber":"%s",
                 "callId":"call-20260918-001"}""".formatted(caseNumber));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode ticket = opened.json();
        String id = ticket.path("id").asString();
        String path = "/api/v1/tickets/" + id;
        String number = ticket.path("number").asString();
        assertThat(ticket.path("dueOn").asString()).isEqualTo("2026-09-24");
        assertThat(ticket.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(ticket.path("relatedCase").path("caseId").asString()).isEqualTo(caseId);
        assertThat(ticket.path("relatedCase").path("handlers").toString()).contains("clerk.scjg");

        assertThat(post(CLERK_SCJG, path + "/dispatch", "{\"department\":\"SCJG\"}").status()).isEqualTo(403);
        Reply dispatched = post(SUPERVISOR, path + "/dispatch", "{\"department\":\"SCJG\"}");
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
        assertThat(dispatched.json().path("signInDueOn").asString()).isEqualTo("2026-09-20");
        assertThat(post(CLERK_WSJK, path + "/sign-in", null).status()).as("a clerk signs nothing in").isEqualTo(403);

        // Monday 09-21: the sign-in day (the make-up Sunday) has passed.
        today("2026-09-21T08:30:00");
        assertThat(post(SUPERVISOR, "/api/v1/tickets/lateness-reports", null).json().path("reported").asInt())
                .isGreaterThanOrEqualTo(1);
        awaitCard(id + "/2026-09-20", "TICKET_SIGN_IN_OVERDUE", "YELLOW_CARD", number);

        assertThat(post(APPROVER_SCJG, path + "/sign-in", null).status()).isEqualTo(200);
        Reply closedTooEarly = send(HOTLINE_OPERATOR, "POST", path + "/closing", "{}", "en");
        assertThat(closedTooEarly.status()).isEqualTo(422);
        assertThat(closedTooEarly.contentType()).startsWith("application/problem+json");
        assertThat(closedTooEarly.code()).isEqualTo("ticket.reply-required");

        today("2026-09-22T10:00:00");
        Reply asked = post(APPROVER_SCJG, path + "/extension-request", "{\"workingDays\":2,\"reason\":\"需现场核查\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(post(APPROVER_SCJG, path + "/extension-approval", null).status())
                .as("the approver who asked does not approve").isEqualTo(403);
        Reply approved = post(HEAD_SCJG, path + "/extension-approval", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("dueOn").asString()).isEqualTo("2026-09-29");
        Reply pressed = post(SUPERVISOR, path + "/supervision", "{\"note\":\"请于延期内答复\"}");
        assertThat(pressed.json().path("supervisionCount").asInt()).isOne();

        // Wednesday 09-30: no reply by the extended due date.
        today("2026-09-30T08:30:00");
        post(SUPERVISOR, "/api/v1/tickets/lateness-reports", null);
        awaitCard(id + "/2026-09-29", "TICKET_OVERDUE", "RED_CARD", number);
        // The cards were raised by a listener, after the request: the trail has them under its name.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT action || ' ' || result FROM audit_record WHERE actor = 'system:TicketLatenessProjector'
                AND object = :object ORDER BY sequence""").param("object", "ticketId=" + id).query(String.class)
                .list()).containsExactly("EVENT TicketLatenessProjector.on(TicketSignInOverdue) success",
                        "EVENT TicketLatenessProjector.on(TicketOverdue) success"));

        Reply replied = post(APPROVER_SCJG, path + "/reply", "{\"text\":\"已核实，已对窗口人员批评教育并致歉\"}");
        assertThat(replied.json().path("status").asString()).isEqualTo("REPLIED");
        assertThat(post(SUPERVISOR, path + "/completion", null).status()).isEqualTo(200);
        Reply followedUp = post(HOTLINE_OPERATOR, path + "/follow-up", "{\"satisfaction\":\"SATISFIED\",\"note\":\"满意\"}");
        assertThat(followedUp.status()).as(followedUp.body()).isEqualTo(200);
        Reply closed = post(HOTLINE_OPERATOR, path + "/closing", "{\"note\":\"回访满意，归档\"}");
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("closedOn").asString()).isEqualTo("2026-09-30");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recorded.followedUp())
                .filteredOn(e -> e.ticketId().equals(id)).singleElement().satisfies((TicketFollowedUp e) -> {
                    assertThat(e.handlers()).containsExactly("approver.scjg");
                    assertThat(e.relatedCaseId()).isEqualTo(caseId);
                    assertThat(e.department()).isEqualTo("SCJG");
                    assertThat(e.realName()).isTrue();
                }));

        List<String> steps = new ArrayList<>();
        get(SUPERVISOR, path + "/history").json().forEach(h -> steps.add(h.path("action").asString() + "@"
                + h.path("actor").asString()));
        assertThat(steps).containsExactly("OPEN@hotline.op", "DISPATCH@supervisor", "SIGN_IN@approver.scjg",
                "REQUEST_EXTENSION@approver.scjg", "APPROVE_EXTENSION@head.scjg", "SUPERVISE@supervisor",
                "REPLY@approver.scjg", "COMPLETE@supervisor", "FOLLOW_UP@hotline.op", "CLOSE@hotline.op");

        // Ten working days after 09-30 end on 10-20 (国庆 10-01..07 skipped, Saturday 10-10 counted).
        today("2026-10-21T10:00:00");
        Reply late = post(HOTLINE_OPERATOR, path + "/reopening", "{\"reason\":\"问题未解决\"}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("ticket.reopen-period-over");
    }

    @Test
    void aDepartmentSeesOnlyItsOwnTicketsAndStepsOutOfOrderAreConflicts() {
        today("2026-09-18T10:00:00");
        Reply opened = post(CLERK_SCJG, "/api/v1/tickets", """
                {"channel":"WINDOW","ticketClass":"consultation","description":"个体户营业执照如何变更经营范围"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().path("dueOn").asString()).as("咨询, 1 working day: the make-up Sunday")
                .isEqualTo("2026-09-20");
        String path = "/api/v1/tickets/" + opened.json().path("id").asString();
        assertThat(post(SUPERVISOR, path + "/dispatch", "{\"department\":\"SCJG\"}").status()).isEqualTo(200);
        assertThat(post(SUPERVISOR, path + "/dispatch", "{\"department\":\"SCJG\"}").code())
                .isEqualTo("ticket.not-in-expected-state");

        assertThat(get("approver.wsjk:demo-Approver-2026", path).status()).isEqualTo(403);
        assertThat(post("approver.wsjk:demo-Approver-2026", path + "/sign-in", null).code())
                .isEqualTo("ticket.role-required");
        Reply unreasoned = post(APPROVER_SCJG, path + "/return", "{\"reasons\":\" \"}");
        assertThat(unreasoned.status()).isEqualTo(422);
        assertThat(unreasoned.code()).isEqualTo("ticket.return-reasons-required");
        Reply returned = post(APPROVER_SCJG, path + "/return", "{\"reasons\":\"属行政审批局职责\"}");
        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().path("department").isNull()).isTrue();
        assertThat(post(SUPERVISOR, path + "/dispatch", "{\"department\":\"WSJK\"}").json().path("department")
                .asString()).isEqualTo("WSJK");
    }

    private void awaitCard(String caseId, String rule, String level, String ticketNumber) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode page = get(SUPERVISOR, "/api/v1/supervision/warnings?rule=" + rule + "&caseId=" + caseId).json();
            assertThat(page.path("content")).singleElement().satisfies(w -> {
                assertThat(w.path("level").asString()).isEqualTo(level);
                assertThat(w.path("caseNumber").asString()).isEqualTo(ticketNumber);
                assertThat(w.path("department").asString()).isEqualTo("SCJG");
            });
        });
    }
}
