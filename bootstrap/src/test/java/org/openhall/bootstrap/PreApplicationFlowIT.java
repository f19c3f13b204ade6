package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * An online pre-application (网上预申请) on real PostgreSQL, around the National Day holiday of 2026:
 * submitted on Tue 09-29 with Heshan's limit of 2 working days, its pre-review is due Thu 10-08 and
 * overdue on 10-09; corrections, resubmission (due Mon 10-12, counting the make-up Saturday 10-10),
 * an invitation to a working day, and receipt at the window as a real case.
 */
class PreApplicationFlowIT extends OpenHallIT {

    private static final String PUBLIC = "/api/v1/public/pre-applications";
    private static final String STAFF = "/api/v1/pre-applications";

    @Test
    void aPreApplicationGoesThroughCorrectionsAndAnInvitationToBecomeACase() {
        today("2026-09-29T10:00:00");
        Reply submitted = post(null, PUBLIC, """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP"],"note":"想在城区开一家小餐馆"}""".formatted(VALID_ID));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String reference = submitted.json().path("reference").asString();
        assertThat(submitted.json().path("reviewDue").asString()).isEqualTo("2026-10-08");
        assertThat(get(null, PUBLIC + "/" + reference + "?phoneLastFour=1234").status())
                .as("wrong digits look like an unknown reference").isEqualTo(404);
        assertThat(get(null, PUBLIC + "/" + reference + "?phoneLastFour=8000").json().path("state").asString())
                .isEqualTo("PENDING_REVIEW");

        today("2026-10-08T16:00:00");
        assertThat(overdueReferences()).doesNotContain(reference);
        today("2026-10-09T09:00:00");
        assertThat(overdueReferences()).as("overdue from the day after the due day").contains(reference);
        String id = idOf(reference);

        Reply corrections = post(APPROVER_SCJG, STAFF + "/" + id + "/corrections", """
                {"corrections":[{"materialCode":"LAYOUT","what":"请补充经营场所平面布局图"},
                                {"materialCode":"APP","what":"申请书缺少签名"}]}""");
        assertThat(corrections.status()).as(corrections.body()).isEqualTo(200);
        JsonNode status = get(null, PUBLIC + "/" + reference + "?phoneLastFour=8000").json();
        assertThat(status.path("state").asString()).isEqualTo("CORRECTIONS_REQUESTED");
        assertThat(status.path("corrections")).hasSize(2);
        assertThat(post(CLERK_SCJG, STAFF + "/" + id + "/invitation",
                "{\"date\":\"2026-10-12\",\"timeSlot\":\"09:00-10:00\",\"window\":\"HS-CITY-W04\"}").status())
                .as("no invitation while corrections are awaited").isEqualTo(409);

        assertThat(post(null, PUBLIC + "/" + reference + "/resubmission",
                "{\"phoneLastFour\":\"0000\",\"materials\":[\"APP\",\"LAYOUT\"]}").status()).isEqualTo(404);
        Reply resubmitted = post(null, PUBLIC + "/" + reference + "/resubmission",
                "{\"phoneLastFour\":\"8000\",\"materials\":[\"APP\",\"LAYOUT\"],\"note\":\"已补正\"}");
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        assertThat(resubmitted.json().path("state").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(resubmitted.json().path("reviewDue").asString()).isEqualTo("2026-10-12");
        assertThat(overdueReferences()).doesNotContain(reference);

        Reply sunday = post(CLERK_SCJG, STAFF + "/" + id + "/invitation",
                "{\"date\":\"2026-10-11\",\"timeSlot\":\"09:00-10:00\",\"window\":\"HS-CITY-W04\"}");
        assertThat(sunday.status()).isEqualTo(422);
        assertThat(sunday.code()).isEqualTo("pre-application.appointment-not-working-day");
        Reply invited = post(CLERK_SCJG, STAFF + "/" + id + "/invitation",
                "{\"date\":\"2026-10-12\",\"timeSlot\":\"09:00-10:00\",\"window\":\"HS-CITY-W04\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        assertThat(invited.json().path("state").asString()).isEqualTo("INVITED");

        Reply early = post(CLERK_SCJG, STAFF + "/" + id + "/receipt", "{\"materials\":[\"APP\",\"LAYOUT\"]}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("pre-application.appointment-not-yet-due");

        today("2026-10-12T09:05:00");
        Reply received = post(CLERK_SCJG, STAFF + "/" + id + "/receipt", "{\"materials\":[\"APP\",\"LAYOUT\"]}");
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().path("state").asString()).isEqualTo("RECEIVED");
        Reply theCase = get(CLERK_SCJG, "/api/v1/cases/" + received.json().path("caseId").asString());
        assertThat(theCase.status()).isEqualTo(200);
        assertThat(theCase.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(get(null, PUBLIC + "/" + reference + "?phoneLastFour=8000").json().path("caseNumber").asString())
                .isEqualTo(theCase.json().path("number").asString());

        List<String> steps = new ArrayList<>();
        get(CLERK_SCJG, STAFF + "/" + id + "/history").json().path("steps")
                .forEach(s -> steps.add(s.path("action").asString() + " by " + s.path("actor").asString()));
        assertThat(steps).containsExactly("SUBMIT by applicant", "REQUEST_CORRECTIONS by approver.scjg",
                "RESUBMIT by applicant", "INVITE by clerk.scjg", "RECEIVE by clerk.scjg");
        assertThat(get(CLERK_WSJK, STAFF + "/" + id).status()).as("another department").isEqualTo(403);
    }

    @Test
    void unknownMaterialsAreUnprocessableAndABadIdNumberNamesTheField() {
        today("2026-09-29T10:00:00");
        Reply unknown = post(null, PUBLIC, """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["NOPE"]}""".formatted(VALID_ID));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("case.unknown-material");

        Reply badId = post(null, PUBLIC, """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"110105194912310021","phone":"13800138000"},
                 "materials":["APP"]}""");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().path("field").asString()).isEqualTo("residentIdNumber");
    }

    private List<String> overdueReferences() {
        Reply list = get(CLERK_SCJG, STAFF + "?overdue=true&size=200");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        list.json().path("content").forEach(p -> references.add(p.path("reference").asString()));
        return references;
    }

    private String idOf(String reference) {
        for (JsonNode p : get(CLERK_SCJG, STAFF + "?size=200").json().path("content")) {
            if (p.path("reference").asString().equals(reference)) {
                return p.path("id").asString();
            }
        }
        throw new AssertionError("no pre-application " + reference + " in the department's list");
    }
}
