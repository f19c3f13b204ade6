package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.shared.application.port.in.CountyParameters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Decision openness through the API alone, on PostgreSQL, in autumn 2026: a draft open for 30 days
 * from Sun 2026-09-20 (a make-up working day) takes its last comment late on 2026-10-20 across 中秋 and
 * 国庆 and refuses one just after midnight; the decision waits for the adoption report, which waits for
 * every answer; the public sees names masked and never a phone. A hearing keeps the periods the
 * county pack sets ({@code participation.hearing.*}: 20, 10 and 7 days in the Heshan pack), and a
 * changed county rule applies to the next hearing.
 */
class ParticipationFlowIT extends OpenHallIT {

    private static final String PUBLIC = "/api/v1/participation";
    private static final String STAFF = "/api/v1/participation/staff";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CountyParameters countyParameters;

    private String publishDraft(int days, String reason) {
        String reasonMember = reason == null ? "" : ", \"shorterPeriodReason\": \"" + reason + "\"";
        Reply r = post(APPROVER_SCJG, STAFF + "/drafts", """
                {"title": "合山市城区停车收费管理办法（征求意见稿）", "summary": "调整城区道路停车收费标准。",
                 "fullText": "第一条 为规范城区停车秩序……", "explanation": "起草说明……", "periodDays": %d%s}"""
                .formatted(days, reasonMember));
        return r.status() == 201 ? r.json().path("id").asString() : r.body();
    }

    private Reply comment(String draft, String json) {
        return post(null, PUBLIC + "/drafts/" + draft + "/comments", json);
    }

    @Test
    void aConsultationRunsFromPublicationThroughTheAdoptionReportToTheDecision() {
        today("2026-09-20T09:00:00");
        Reply tooShort = post(APPROVER_SCJG, STAFF + "/drafts", """
                {"title": "t", "summary": "s", "fullText": "f", "explanation": "e", "periodDays": 20}""");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.contentType()).startsWith("application/problem+json");
        assertThat(tooShort.code()).isEqualTo("participation.comment-period-too-short");
        assertThat(tooShort.json().path("detail").asString()).startsWith("征求意见期限为20日，少于30日");

        String draft = publishDraft(30, null);
        JsonNode published = get(null, PUBLIC + "/drafts/" + draft).json();
        assertThat(published.path("opensOn").asString()).isEqualTo("2026-09-20");
        assertThat(published.path("closesOn").asString()).as("day 0 + 30 calendar days, holidays included")
                .isEqualTo("2026-10-20");
        assertThat(published.path("acceptingComments").asBoolean()).isTrue();

        today("2026-10-20T23:30:00");
        Reply lastDay = comment(draft, """
                {"name": "张三", "phone": "13800138000", "text": "建议夜间免费时段延长至早上八点。"}""");
        assertThat(lastDay.status()).isEqualTo(201);
        assertThat(lastDay.json().path("commenterName").asString()).isEqualTo("张*");
        String adopted = lastDay.json().path("commentId").asString();
        today("2026-10-20T23:45:00");
        String abusive = comment(draft, """
                {"name": "欧阳娜娜", "text": "含有不文明用语的意见"}""").json().path("commentId").asString();

        today("2026-10-21T00:10:00");
        Reply dayAfter = comment(draft, """
                {"name": "李四", "phone": "13912345678", "text": "迟到的意见"}""");
        assertThat(dayAfter.status()).isEqualTo(409);
        assertThat(dayAfter.code()).isEqualTo("participation.outside-comment-period");
        assertThat(dayAfter.json().path("closesOn").asString()).isEqualTo("2026-10-20");

        JsonNode pending = get(APPROVER_SCJG, STAFF + "/drafts/" + draft + "/comments?status=PENDING").json();
        assertThat(pending.path("totalElements").asInt()).isEqualTo(2);
        assertThat(pending.path("content").get(0).path("commenterPhone").asString()).isEqualTo("138****8000");
        assertThat(post(APPROVER_SCJG, STAFF + "/drafts/" + draft + "/comments/" + adopted + "/moderation",
                "{\"decision\": \"PUBLISH\"}").status()).isEqualTo(200);
        assertThat(post(APPROVER_SCJG, STAFF + "/drafts/" + draft + "/comments/" + abusive + "/moderation",
                "{\"decision\": \"REJECT\", \"reason\": \"含有侮辱性言论\"}").status()).isEqualTo(200);

        Reply publicComments = get(null, PUBLIC + "/drafts/" + draft + "/comments");
        assertThat(publicComments.json().path("content")).hasSize(1);
        assertThat(publicComments.json().path("content").get(0).path("commenterName").asString()).isEqualTo("张*");
        assertThat(publicComments.body()).doesNotContain("张三").doesNotContain("13800138000")
                .doesNotContain("不文明用语");

        Reply decisionTooEarly = post(APPROVER_SCJG, STAFF + "/drafts/" + draft + "/decision",
                "{\"text\": \"合山市城区停车收费管理办法\"}");
        assertThat(decisionTooEarly.status()).isEqualTo(409);
        assertThat(decisionTooEarly.code()).isEqualTo("participation.adoption-report-missing");
        Reply reportTooEarly = post(APPROVER_SCJG, STAFF + "/drafts/" + draft + "/adoption-report", null);
        assertThat(reportTooEarly.status()).isEqualTo(409);
        assertThat(reportTooEarly.code()).isEqualTo("participation.comments-unanswered");
        assertThat(reportTooEarly.json().path("unanswered").asInt()).isEqualTo(1);
        assertThat(get(null, PUBLIC + "/drafts/" + draft + "/adoption-report").status()).isEqualTo(404);

        assertThat(post(APPROVER_SCJG, STAFF + "/drafts/" + draft + "/comments/" + adopted + "/answer",
                "{\"adoption\": \"ADOPTED\", \"reason\": \"已将夜间免费时段延长至早上八点\"}").status()).isEqualTo(200);
        today("2026-10-22T10:00:00");
        assertThat(post(APPROVER_SCJG, STAFF + "/drafts/" + draft + "/adoption-report", null).status())
                .isEqualTo(200);

        Reply report = get(null, PUBLIC + "/drafts/" + draft + "/adoption-report");
        assertThat(report.status()).isEqualTo(200);
        JsonNode r = report.json();
        assertThat(List.of(r.path("received").asInt(), r.path("published").asInt(), r.path("rejected").asInt(),
                r.path("adopted").asInt())).containsExactly(2, 1, 1, 1);
        assertThat(r.path("publishedOn").asString()).isEqualTo("2026-10-22");
        assertThat(r.path("comments").get(0).path("answerReason").asString()).isEqualTo("已将夜间免费时段延长至早上八点");
        assertThat(report.body()).doesNotContain("13800138000").doesNotContain("不文明用语");

        today("2026-11-02T10:00:00");
        Reply decided = post(APPROVER_SCJG, STAFF + "/drafts/" + draft + "/decision",
                "{\"text\": \"合山市城区停车收费管理办法\"}");
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().path("status").asString()).isEqualTo("DECISION_PUBLISHED");
        assertThat(get(null, PUBLIC + "/drafts/" + draft).json().path("decisionPublishedOn").asString())
                .isEqualTo("2026-11-02");
    }

    @Test
    void aShorterPeriodIsPublicWithItsReasonAndTheContactIsRevealedOnlyOnRecord() {
        today("2026-09-20T09:00:00");
        String draft = publishDraft(10, "汛期临近，需尽快出台应急停车措施");
        JsonNode seen = get(null, PUBLIC + "/drafts/" + draft).json();
        assertThat(seen.path("shortenedPeriod").asBoolean()).isTrue();
        assertThat(seen.path("shorterPeriodReason").asString()).isEqualTo("汛期临近，需尽快出台应急停车措施");
        assertThat(seen.path("closesOn").asString()).isEqualTo("2026-09-30");
        String id = comment(draft, """
                {"name": "张三", "phone": "13800138000", "text": "意见"}""").json().path("commentId").asString();

        String contactPath = STAFF + "/drafts/" + draft + "/comments/" + id + "/contact";
        assertThat(post(CLERK_SCJG, contactPath, null).status()).isEqualTo(403);
        Reply contact = post(APPROVER_SCJG, contactPath, null);

        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().path("name").asString()).isEqualTo("张三");
        assertThat(contact.json().path("phone").asString()).isEqualTo("13800138000");
        assertThat(jdbc.queryForList("select disclosed_to from participation_contact_disclosure where holder_id = ?",
                String.class, id)).containsExactly("approver.scjg");
    }

    @Test
    void aHearingKeepsTheCountyPacksNoticePeriods() {
        today("2026-09-20T09:00:00");
        String draft = publishDraft(30, null);
        String hearings = STAFF + "/drafts/" + draft + "/hearings";

        Reply tooClose = post(APPROVER_SCJG, hearings, announcement("2026-10-09", "2026-09-29"));
        assertThat(tooClose.status()).isEqualTo(422);
        assertThat(tooClose.code()).isEqualTo("participation.hearing-announcement-too-late");
        assertThat(tooClose.json().path("earliestHearingDay").asString()).isEqualTo("2026-10-10");
        String hearing = post(APPROVER_SCJG, hearings, announcement("2026-10-10", "2026-09-30")).json().path("id")
                .asString();
        String late = post(APPROVER_SCJG, hearings, announcement("2026-10-10", "2026-09-30")).json().path("id")
                .asString();
        JsonNode announced = get(null, PUBLIC + "/hearings/" + hearing).json();
        assertThat(List.of(announced.path("announcementDays").asInt(), announced.path("registrationClosingDays").asInt(),
                announced.path("materialsDays").asInt())).containsExactly(20, 10, 7);

        today("2026-09-30T17:00:00");
        List<String> registrations = new ArrayList<>();
        for (String target : List.of(hearing, late)) {
            Reply registered = post(null, PUBLIC + "/hearings/" + target + "/registrations", """
                    {"name": "李四", "phone": "13912345678", "statement": "附近居民"}""");
            assertThat(registered.status()).isEqualTo(201);
            registrations.add(registered.json().path("registrationId").asString());
        }
        today("2026-10-01T09:00:00");
        Reply closed = post(null, PUBLIC + "/hearings/" + hearing + "/registrations", """
                {"name": "王五", "phone": "0772-4212345"}""");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("participation.hearing-registration-closed");

        for (int i = 0; i < 2; i++) {
            String target = i == 0 ? hearing : late;
            assertThat(post(APPROVER_SCJG, STAFF + "/hearings/" + target + "/representatives",
                    "{\"registrationIds\": [\"" + registrations.get(i) + "\"]}").status()).isEqualTo(200);
        }
        assertThat(get(null, PUBLIC + "/hearings/" + hearing).json().path("representatives").get(0).asString())
                .isEqualTo("李*");

        String materials = "{\"materials\": [{\"title\": \"停车收费成本调查报告\", \"content\": \"附件一……\"}]}";
        today("2026-10-03T09:00:00");
        assertThat(post(APPROVER_SCJG, STAFF + "/hearings/" + hearing + "/materials", materials).status())
                .as("7 days before the hearing").isEqualTo(200);
        today("2026-10-04T09:00:00");
        Reply tooLate = post(APPROVER_SCJG, STAFF + "/hearings/" + late + "/materials", materials);
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.code()).isEqualTo("participation.hearing-materials-too-late");
        assertThat(tooLate.json().path("earliestHearingDay").asString()).isEqualTo("2026-10-11");

        today("2026-10-10T16:00:00");
        assertThat(post(APPROVER_SCJG, STAFF + "/hearings/" + hearing + "/minutes",
                "{\"text\": \"听证会于2026年10月10日举行……\"}").status()).isEqualTo(200);
        JsonNode done = get(null, PUBLIC + "/hearings/" + hearing).json();
        assertThat(done.path("stage").asString()).isEqualTo("MINUTES_RECORDED");
        assertThat(get(null, PUBLIC + "/drafts/" + draft + "/hearings").json()).hasSize(2);
        assertThat(get(SUPERVISOR, STAFF + "/hearings/" + hearing).json().path("registrations").get(0)
                .path("phone").asString()).isEqualTo("139****5678");
    }

    @Test
    void aHearingFollowsTheCountysRuleAsItStandsWhenAnnounced() {
        today("2026-09-20T09:00:00");
        String draft = publishDraft(30, null);
        String hearings = STAFF + "/drafts/" + draft + "/hearings";
        assertThat(countyParameters.get("participation.hearing.announcement-days")).as("from the Heshan pack")
                .contains("20");
        try {
            countyParameters.put("participation.hearing.announcement-days", "25");
            countyParameters.put("participation.hearing.registration-closing-days", "12");

            // 2026-10-10 suits the pack's 20 days (see above) but not the county's new 25.
            Reply tooClose = post(APPROVER_SCJG, hearings, announcement("2026-10-10", "2026-09-28"));
            assertThat(tooClose.code()).isEqualTo("participation.hearing-announcement-too-late");
            assertThat(tooClose.json().path("earliestHearingDay").asString()).isEqualTo("2026-10-15");
            String hearing = post(APPROVER_SCJG, hearings, announcement("2026-10-15", "2026-10-02")).json()
                    .path("id").asString();
            JsonNode announced = get(null, PUBLIC + "/hearings/" + hearing).json();
            assertThat(List.of(announced.path("announcementDays").asInt(),
                    announced.path("registrationClosingDays").asInt(), announced.path("materialsDays").asInt()))
                    .containsExactly(25, 12, 7);
        } finally {
            countyParameters.put("participation.hearing.announcement-days", "20");
            countyParameters.put("participation.hearing.registration-closing-days", "10");
        }
    }

    private static String announcement(String heldOn, String registrationClosesOn) {
        return """
                {"subject": "停车收费标准调整听证会", "heldOn": "%s", "place": "合山市政务服务中心三楼会议室",
                 "seats": 3, "selectionMethod": "按报名先后及利益相关程度遴选", "registrationClosesOn": "%s"}"""
                .formatted(heldOn, registrationClosesOn);
    }
}
