package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Consultations (咨询) on real PostgreSQL through the API: first-contact responsibility across a
 * referral (首问转办) until the competent department signs for it and answers, and an enquiry that
 * becomes a real case in one step.
 */
class ConsultationFlowIT extends OpenHallIT {

    private static final String CONSULTATIONS = "/api/v1/consultations";

    @Autowired
    JdbcTemplate jdbc;

    private String record(String clerk) {
        Reply r = post(clerk, CONSULTATIONS, """
                {"channel":"PHONE","enquirer":{"name":"张三","phone":"13800138000"},
                 "question":"开小餐馆需要办理哪些证照？","itemCode":"SCJG-001"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("enquirerPhone").asString()).isEqualTo("138****8000");
        return r.json().path("id").asString();
    }

    private static List<String> ids(Reply list) {
        List<String> ids = new ArrayList<>();
        list.json().path("content").forEach(c -> ids.add(c.path("id").asString()));
        return ids;
    }

    @Test
    void aReferredConsultationStaysWithTheReferringClerkUntilTheCompetentDepartmentSignsAndAnswers() {
        today("2026-09-28T09:00:00");
        String id = record(CLERK_SCJG);
        String path = CONSULTATIONS + "/" + id;

        Reply referred = post(CLERK_SCJG, path + "/referral", "{\"department\":\"WSJK\",\"reason\":\"属卫生健康许可事项\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(200);
        assertThat(referred.json().path("state").asString()).isEqualTo("REFERRED");
        assertThat(referred.json().path("responsibleClerk").asString()).isEqualTo("clerk.scjg");
        assertThat(ids(get(CLERK_SCJG, CONSULTATIONS + "?mine=true"))).as("the referring clerk's list").contains(id);
        assertThat(ids(get(CLERK_WSJK, CONSULTATIONS))).as("the receiving department's list").contains(id);

        Reply early = post(CLERK_WSJK, path + "/answer", "{\"answer\":\"请到卫健窗口办理\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("consultation.invalid-state");
        assertThat(post(CLERK_SCJG, path + "/referral/acknowledgement", null).status())
                .as("only the department referred to signs").isEqualTo(403);

        today("2026-09-28T10:30:00");
        Reply acknowledged = post(CLERK_WSJK, path + "/referral/acknowledgement", null);
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().path("responsibleClerk").asString()).isEqualTo("clerk.wsjk");
        assertThat(ids(get(CLERK_SCJG, CONSULTATIONS + "?mine=true"))).doesNotContain(id);

        Reply answered = post(CLERK_WSJK, path + "/answer", "{\"answer\":\"请到卫健窗口办理\"}");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().path("state").asString()).isEqualTo("ANSWERED");
        assertThat(post(CLERK_WSJK, path + "/answer", "{\"answer\":\"again\"}").status()).isEqualTo(409);

        Reply history = get(CLERK_SCJG, path + "/history");
        assertThat(history.status()).isEqualTo(200);
        List<String> steps = new ArrayList<>();
        for (JsonNode step : history.json().path("steps")) {
            steps.add(step.path("action").asString() + " by " + step.path("actor").asString());
        }
        assertThat(steps).containsExactly("RECORD by clerk.scjg", "REFER by clerk.scjg",
                "ACKNOWLEDGE_REFERRAL by clerk.wsjk", "ANSWER by clerk.wsjk");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consultation_transition WHERE consultation_id = ?::uuid",
                Integer.class, id)).isEqualTo(4);
    }

    @Test
    void aConsultationBecomesARealCaseAndAClosedOneCreatesNone() {
        today("2026-09-28T11:00:00");
        String id = record(CLERK_SCJG);
        String application = """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP","LICENCE"]}""".formatted(VALID_ID);

        Reply converted = post(CLERK_SCJG, CONSULTATIONS + "/" + id + "/application", application);
        assertThat(converted.status()).as(converted.body()).isEqualTo(200);
        assertThat(converted.json().path("state").asString()).isEqualTo("BECAME_APPLICATION");
        String caseId = converted.json().path("caseId").asString();
        Reply theCase = get(CLERK_SCJG, "/api/v1/cases/" + caseId);
        assertThat(theCase.status()).isEqualTo(200);
        assertThat(theCase.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(theCase.json().path("number").asString()).isEqualTo(converted.json().path("caseNumber").asString());

        int casesBefore = jdbc.queryForObject("SELECT count(*) FROM service_case", Integer.class);
        Reply again = post(CLERK_SCJG, CONSULTATIONS + "/" + id + "/application", application);
        assertThat(again.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM service_case", Integer.class))
                .as("a refused conversion leaves no case behind").isEqualTo(casesBefore);
    }

    @Test
    void anApplicationForAnotherDepartmentsItemLeavesTheConsultationOpen() {
        today("2026-09-28T11:30:00");
        String id = record(CLERK_WSJK);
        int casesBefore = jdbc.queryForObject("SELECT count(*) FROM service_case", Integer.class);

        Reply refused = post(CLERK_WSJK, CONSULTATIONS + "/" + id + "/application", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP"]}""".formatted(VALID_ID));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(get(CLERK_WSJK, CONSULTATIONS + "/" + id).json().path("state").asString()).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM service_case", Integer.class)).isEqualTo(casesBefore);
    }
}
