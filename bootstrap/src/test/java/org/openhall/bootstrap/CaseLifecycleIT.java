package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openhall.servicecase.application.port.in.DeemOverdueReceiptsAcceptedUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A case's whole life through the API on real PostgreSQL: window receipt, acceptance, the steps of
 * 食品经营许可 by their roles, an expert review over 中秋 that moves the due dates, an extension
 * over 国庆, the decision, the certificate within Art. 44, a fee the catalog does not list, pickup —
 * and the audit trail of all of it. Also the deemed acceptance on the sixth working day, run twice
 * at once, and a receipt by a village agent.
 */
class CaseLifecycleIT extends OpenHallIT {

    @Autowired
    DeemOverdueReceiptsAcceptedUseCase deemed;

    @Autowired
    JdbcTemplate jdbc;

    private Reply step(String user, String id, String action, String json) {
        return post(user, "/api/v1/cases/" + id + "/" + action, json);
    }

    @Test
    void aCaseWalksFromWindowReceiptThroughStepsPauseExtensionDecisionCertificateAndPickup() {
        today("2026-09-18T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        JsonNode accepted = step(CLERK_SCJG, id, "acceptance", null).json();
        assertThat(accepted.path("steps").get(0).path("dueOn").asString()).as("Sun 09-20 is a make-up working day")
                .isEqualTo("2026-09-20");
        assertThat(step(APPROVER_SCJG, id, "steps/1/completion", "{\"opinion\":\"受理\"}").code())
                .as("the window's step is the clerk's").isEqualTo("case.step-role-required");
        assertThat(step(CLERK_SCJG, id, "steps/1/completion", "{\"opinion\":\"材料齐全\"}").status()).isEqualTo(200);

        today("2026-09-23T10:00:00");
        Reply paused = step(APPROVER_SCJG, id, "pauses",
                "{\"procedure\":\"EXPERT_REVIEW\",\"noticeReference\":\"合市监告〔2026〕7号\",\"noticedOn\":\"2026-09-23\"}");
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.json().path("paused").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select promised_due_on is null from service_case where id = ?::uuid",
                Boolean.class, id)).as("no due date for the sweep while paused").isTrue();

        today("2026-09-29T16:00:00");
        JsonNode resumed = step(APPROVER_SCJG, id, "pauses/end", null).json();
        // Paused working days 09-23, 24, 28, 29: promised 10-09 → 10-14, statutory 10-22 → 10-28.
        assertThat(resumed.path("promisedDue").asString()).isEqualTo("2026-10-14");
        assertThat(resumed.path("statutoryDue").asString()).isEqualTo("2026-10-28");

        today("2026-09-30T10:00:00");
        Reply tooLong = step(APPROVER_SCJG, id, "extensions",
                "{\"workingDays\":11,\"approvedBy\":\"局长 王五\",\"reason\":\"需补充检测\",\"applicantToldOn\":\"2026-09-30\"}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("clock.extension-cap-exceeded");
        JsonNode extended = step(APPROVER_SCJG, id, "extensions",
                "{\"workingDays\":10,\"approvedBy\":\"局长 王五\",\"reason\":\"需补充检测\",\"applicantToldOn\":\"2026-09-30\"}")
                .json();
        assertThat(extended.path("promisedDue").asString()).isEqualTo("2026-10-28");
        assertThat(extended.path("statutoryDue").asString()).isEqualTo("2026-11-11");
        assertThat(jdbc.queryForObject("select statutory_due_on::text from service_case where id = ?::uuid",
                String.class, id)).isEqualTo("2026-11-11");

        today("2026-10-12T10:00:00");
        assertThat(step(APPROVER_SCJG, id, "decision", "{\"outcome\":\"APPROVED\"}").code())
                .isEqualTo("case.steps-pending");
        for (int position = 2; position <= 4; position++) {
            assertThat(step(APPROVER_SCJG, id, "steps/" + position + "/completion", "{\"opinion\":\"同意\"}").status())
                    .isEqualTo(200);
        }
        assertThat(step(CLERK_SCJG, id, "steps/5/completion", "{\"opinion\":\"制证完毕\"}").status()).isEqualTo(200);
        assertThat(step(APPROVER_SCJG, id, "decision", "{\"outcome\":\"DENIED\"}").status())
                .as("a denial without legal basis and reason").isEqualTo(400);
        JsonNode decided = step(APPROVER_SCJG, id, "decision", "{\"outcome\":\"APPROVED\",\"reason\":\"准予许可\"}").json();
        assertThat(decided.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(decided.path("decision").path("certificateDueDate").asString()).isEqualTo("2026-10-26");

        today("2026-10-13T09:00:00");
        Reply fee = step(CLERK_SCJG, id, "fees/collection",
                "{\"receiptNumber\":\"HS-PJ-0001\",\"fees\":[{\"name\":\"加急费\",\"amount\":50}]}");
        assertThat(fee.status()).as("食品经营许可 is free: no fee may be charged").isEqualTo(422);
        assertThat(fee.code()).isEqualTo("case.fee-not-in-catalog");
        JsonNode issued = step(CLERK_SCJG, id, "certificate", "{\"certificateNumber\":\"JY14513810000001\"}").json();
        assertThat(issued.path("certificate").path("withinLimit").asBoolean()).isTrue();
        JsonNode delivered = step(CLERK_SCJG, id, "delivery",
                "{\"method\":\"PICKUP\",\"collectedBy\":\"张三\",\"idChecked\":true,\"byApplicant\":true}").json();
        assertThat(delivered.path("delivery").path("collectedBy").asString()).as("masked").isEqualTo("张*");
        assertThat(step(CLERK_SCJG, id, "delivery", "{\"method\":\"MAIL\",\"carrier\":\"EMS\",\"trackingNumber\":\"1\"}")
                .code()).isEqualTo("case.not-in-expected-state");

        List<String> trail = new ArrayList<>();
        List<Integer> sequences = new ArrayList<>();
        for (JsonNode t : get(SUPERVISOR, "/api/v1/cases/" + id + "/history").json().path("transitions")) {
            trail.add(t.path("action").asString() + " by " + t.path("actor").asString());
            sequences.add(t.path("sequence").asInt());
        }
        assertThat(trail).containsExactly("SUBMIT by clerk.scjg", "ACCEPT by clerk.scjg", "START_STEP by clerk.scjg",
                "COMPLETE_STEP by clerk.scjg", "START_STEP by clerk.scjg", "PAUSE_CLOCK by approver.scjg",
                "RESUME_CLOCK by approver.scjg", "EXTEND_DEADLINE by approver.scjg",
                "COMPLETE_STEP by approver.scjg", "START_STEP by approver.scjg", "COMPLETE_STEP by approver.scjg",
                "START_STEP by approver.scjg", "COMPLETE_STEP by approver.scjg", "START_STEP by approver.scjg",
                "COMPLETE_STEP by clerk.scjg", "COMPLETE by approver.scjg", "ISSUE_CERTIFICATE by clerk.scjg",
                "DELIVER_CERTIFICATE by clerk.scjg");
        assertThat(sequences).isSorted().doesNotHaveDuplicates().startsWith(1).endsWith(trail.size());
    }

    @Test
    void aReceiptWithoutNoticeIsDeemedAcceptedOnTheSixthWorkingDayOnceEvenWhenTwoRunsMeet() throws Exception {
        today("2026-09-16T09:00:00");
        String id = submitFoodLicence("APP");

        today("2026-09-22T23:00:00");
        deemed.deemOverdueReceiptsAccepted();
        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + id).json().path("status").asString())
                .as("the fifth working day is still in time").isEqualTo("SUBMITTED");

        today("2026-09-23T00:05:00");
        List<Callable<Integer>> runs = List.of(deemed::deemOverdueReceiptsAccepted, deemed::deemOverdueReceiptsAccepted);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Future<Integer> run : pool.invokeAll(runs)) {
                run.get();
            }
        }
        JsonNode c = get(CLERK_SCJG, "/api/v1/cases/" + id).json();
        assertThat(c.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(c.path("deemed").asBoolean()).isTrue();
        assertThat(c.path("acceptedOn").asString()).as("accepted on the day of receipt").isEqualTo("2026-09-16");
        assertThat(jdbc.queryForObject("select count(*) from case_transition where case_id = ?::uuid and action = ?",
                Integer.class, id, "DEEM_ACCEPTED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select actor from case_transition where case_id = ?::uuid and action = ?",
                String.class, id, "DEEM_ACCEPTED")).isEqualTo("system");
    }

    @Test
    void aVillageAgentsReceiptRecordsTheAgentMaskedAndTheChannel() {
        today("2026-03-03T10:00:00");
        Reply r = post(CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP"],"channel":"AGENT",
                 "agent":{"name":"王代办","idNumber":"%s","phone":"13907720002","stationCode":"HS-CUN-07"}}"""
                .formatted(VALID_ID, VALID_ID));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("channel").asString()).isEqualTo("AGENT");
        assertThat(r.json().path("agent").path("name").asString()).isEqualTo("王**");
        assertThat(r.json().path("agent").path("stationCode").asString()).isEqualTo("HS-CUN-07");

        Reply withoutAgent = post(CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP"],"channel":"AGENT"}""".formatted(VALID_ID));
        assertThat(withoutAgent.status()).isEqualTo(400);
    }
}
