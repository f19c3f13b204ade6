package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 好差评 through the API: a food licence case completed on Tue 2026-09-29 is texted a rating code; the
 * applicant rates it by code (once per channel), the clerk records the window evaluator's rating; the bad
 * rating's rectification is due on Mon 2026-10-12 across the National Day holiday, cannot be closed before
 * the reply and the return visit, and then is; the department's appeal, upheld on re-review, takes the
 * rating out of the figures. A ticket becomes ratable only with its follow-up (回访).
 */
class RatingFlowIT extends OpenHallIT {

    private static final Pattern CODE = Pattern.compile("[A-HJ-NP-Z]{5}(-[A-HJ-NP-Z]{5}){4}");
    private static final String FIGURES = "/api/v1/ratings/figures?by=DEPARTMENT&from=2026-09-29&to=2026-09-29"
            + "&department=SCJG";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCompletedCaseIsRatedByCodeAndItsBadRatingIsRectifiedAppealedAndExcluded() {
        today("2026-09-29T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        String number = get(CLERK_SCJG, "/api/v1/cases/" + id).json().path("number").asString();
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);
        Reply early = post(CLERK_SCJG, "/api/v1/ratings", window(number, 5));
        assertThat(early.status()).as("an open case cannot be rated").isEqualTo(409);
        assertThat(early.code()).isEqualTo("rating.not-ratable");

        walkFoodLicenceSteps(id);
        assertThat(post(APPROVER_SCJG, "/api/v1/cases/" + id + "/completion", "{\"note\":\"准予许可\"}").status())
                .isEqualTo(200);
        String code = awaitRatingCode(number);

        Reply wrongPhone = post(null, "/api/v1/public/ratings", byCode(code, "9999", 2));
        assertThat(wrongPhone.status()).isEqualTo(403);
        assertThat(wrongPhone.code()).isEqualTo("rating.phone-mismatch");
        JsonNode before = scjgRow(get(SUPERVISOR, FIGURES));

        Reply rated = post(null, "/api/v1/public/ratings", byCode(code, "8000", 2));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().path("bad").asBoolean()).isTrue();
        assertThat(rated.body()).doesNotContain("13800138000").doesNotContain(code);
        Reply again = post(null, "/api/v1/public/ratings", byCode(code, "13800138000", 5));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.code()).isEqualTo("rating.already-given");
        assertThat(post(CLERK_SCJG, "/api/v1/ratings", window(number, 5)).status())
                .as("the window evaluator is another channel").isEqualTo(201);
        assertThat(post(CLERK_SCJG, "/api/v1/ratings", window(number, 4)).code()).isEqualTo("rating.already-given");

        String rectification = "/api/v1/ratings/rectifications/" + rated.json().path("rectificationId").asString();
        JsonNode opened = get(APPROVER_SCJG, rectification).json();
        // Tue 09-29 is day 0; Wed 09-30 day 1; 10-01..07 holiday; 10-08, 10-09, the make-up Sat 10-10 and Mon 10-12.
        assertThat(opened.path("dueOn").asString()).isEqualTo("2026-10-12");
        assertThat(opened.path("realName").asBoolean()).isTrue();
        assertThat(opened.path("assignees").toString()).contains("clerk.scjg", "approver.scjg");
        assertThat(post(SUPERVISOR, rectification + "/closure", null).code())
                .isEqualTo("rating.rectification-not-replied");
        assertThat(post(APPROVER_SCJG, rectification + "/reply", "{\"reply\":\"已约谈窗口人员，压缩现场核查等候时间\"}")
                .status()).isEqualTo(200);
        Reply withoutVisit = post(SUPERVISOR, rectification + "/closure", null);
        assertThat(withoutVisit.status()).isEqualTo(409);
        assertThat(withoutVisit.code()).isEqualTo("rating.return-visit-required");
        today("2026-09-30T16:00:00");
        assertThat(post(SUPERVISOR, rectification + "/return-visit", """
                {"caller":"supervisor","calledAt":"2026-09-30T15:30:00+08:00","outcome":"群众认可整改结果"}""")
                .status()).isEqualTo(200);
        Reply closed = post(SUPERVISOR, rectification + "/closure", null);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("closedBy").asString()).isEqualTo("supervisor");
        assertThat(closed.json().path("visitOutcome").asString()).isEqualTo("群众认可整改结果");

        String ratingId = rated.json().path("id").asString();
        Reply appeal = post(APPROVER_SCJG, "/api/v1/ratings/" + ratingId + "/appeals",
                "{\"ground\":\"MISTAKEN\",\"reason\":\"申请人来电说明误选等级\"}");
        assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
        JsonNode counted = scjgRow(get(SUPERVISOR, FIGURES));
        assertThat(counted.path("dissatisfied").asLong()).isEqualTo(before.path("dissatisfied").asLong() + 1);
        assertThat(counted.path("verySatisfied").asLong()).isEqualTo(before.path("verySatisfied").asLong() + 1);

        Reply review = post(SUPERVISOR, "/api/v1/ratings/appeals/" + appeal.json().path("id").asString() + "/review",
                "{\"decision\":\"UPHELD\",\"note\":\"回访核实属误评\"}");
        assertThat(review.status()).as(review.body()).isEqualTo(200);

        JsonNode after = scjgRow(get(SUPERVISOR, FIGURES));
        assertThat(after.path("dissatisfied").asLong()).isEqualTo(before.path("dissatisfied").asLong());
        assertThat(after.path("excluded").asLong()).isEqualTo(counted.path("excluded").asLong() + 1);
        assertThat(after.path("total").asLong()).isEqualTo(counted.path("total").asLong() - 1);
        assertThat(get(SUPERVISOR, FIGURES).body()).doesNotContain("13800138000").doesNotContain("张三");
        JsonNode trail = get(SUPERVISOR, "/api/v1/ratings/" + ratingId + "/appeals").json();
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).path("decision").asString()).isEqualTo("UPHELD");
        assertThat(trail.get(0).path("reviewedBy").asString()).isEqualTo("supervisor");
    }

    @Test
    void aRefusedApplicantIsInvitedToRateToo() {
        today("2026-09-29T10:00:00");
        String id = submitFoodLicence("APP");
        String number = get(CLERK_SCJG, "/api/v1/cases/" + id).json().path("number").asString();
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/refusal", """
                {"legalBasis":"《中华人民共和国行政许可法》第三十二条第一款第（二）项","reason":"申请事项不属于本机关职权范围"}""")
                .status()).isEqualTo(200);

        String code = awaitRatingCode(number);
        Reply rated = post(null, "/api/v1/public/ratings", byCode(code, "13800138000", 3));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().path("levelName").asString()).isEqualTo("基本满意");
        assertThat(rated.json().path("rectificationId").isNull()).as("not a bad rating").isTrue();
    }

    @Test
    void aTicketIsRatableOnlyAfterItsFollowUpCallAndItsInvitationIsBoundToTheCallersPhone() {
        today("2026-09-29T11:00:00");
        Reply opened = post(HOTLINE_OPERATOR, "/api/v1/tickets", """
                {"channel":"HOTLINE","ticketClass":"complaint","callerName":"张三","callerPhone":"13800138000",
                 "subject":"窗口人员态度差","description":"办理食品经营许可时窗口人员态度生硬"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String ticketId = opened.json().path("id").asString();
        String path = "/api/v1/tickets/" + ticketId;
        String number = opened.json().path("number").asString();
        assertThat(post(SUPERVISOR, path + "/dispatch", "{\"department\":\"SCJG\"}").status()).isEqualTo(200);
        assertThat(post(APPROVER_SCJG, path + "/sign-in", null).status()).isEqualTo(200);
        assertThat(post(APPROVER_SCJG, path + "/reply", "{\"text\":\"已核实并致歉\"}").status()).isEqualTo(200);
        assertThat(post(SUPERVISOR, path + "/completion", null).status()).isEqualTo(200);
        Reply early = post(SUPERVISOR, "/api/v1/ratings", hotline(number, 4));
        assertThat(early.status()).as("no rating before the follow-up call").isEqualTo(409);
        assertThat(early.code()).isEqualTo("rating.not-ratable");

        Reply followedUp = post(HOTLINE_OPERATOR, path + "/follow-up", "{\"satisfaction\":\"SATISFIED\"}");
        assertThat(followedUp.status()).as(followedUp.body()).isEqualTo(200);

        AtomicReference<Reply> rated = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            rated.set(post(SUPERVISOR, "/api/v1/ratings", hotline(number, 4)));
            return !"rating.not-ratable".equals(rated.get().code());
        });
        assertThat(rated.get().status()).as(rated.get().body()).isEqualTo(201);
        assertThat(rated.get().json().path("kind").asString()).isEqualTo("TICKET");
        assertThat(post(SUPERVISOR, "/api/v1/ratings", hotline(number, 1)).code()).isEqualTo("rating.already-given");
        // The event carries no phone: the invitation exists only because the registrar asked the ticket for it.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM rating_invitation i JOIN rating_service s ON s.id = i.service_id
                WHERE s.kind = 'TICKET' AND s.number = :number""").param("number", number).query(Long.class)
                .single()).isOne();
        // The listener's work is in the audit trail under its own name, once its transaction committed.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT action, result FROM audit_record WHERE actor = 'system:RatableServiceRegistrar'
                AND object = :object""").param("object", "ticketId=" + ticketId)
                .query((row, n) -> row.getString(1) + " " + row.getString(2)).list())
                .containsExactly("EVENT RatableServiceRegistrar.on(TicketFollowedUp) success"));
    }

    /** Waits for the rating-code SMS of the case (written after the completion committed) and reads the code. */
    private String awaitRatingCode(String caseNumber) {
        AtomicReference<String> code = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode notice : get(SUPERVISOR, "/api/v1/notifications?caseNumber=" + caseNumber).json()
                    .path("content")) {
                Matcher m = CODE.matcher(notice.path("text").asString());
                if ("rating-code".equals(notice.path("template").asString()) && m.find()) {
                    code.set(m.group());
                    return true;
                }
            }
            return false;
        });
        return code.get();
    }

    private static JsonNode scjgRow(Reply figures) {
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        for (JsonNode row : figures.json().path("rows")) {
            if ("SCJG".equals(row.path("key").asString())) {
                return row;
            }
        }
        return JSON.readTree("{\"dissatisfied\":0,\"verySatisfied\":0,\"excluded\":0,\"total\":0}");
    }

    private static String byCode(String code, String phone, int level) {
        return "{\"code\":\"%s\",\"phone\":\"%s\",\"level\":%d,\"comment\":\"现场核查等了很久\"}"
                .formatted(code, phone, level);
    }

    private static String window(String number, int level) {
        return "{\"kind\":\"CASE\",\"number\":\"%s\",\"channel\":\"WINDOW\",\"level\":%d}".formatted(number, level);
    }

    private static String hotline(String number, int level) {
        return "{\"kind\":\"TICKET\",\"number\":\"%s\",\"channel\":\"HOTLINE\",\"level\":%d}".formatted(number, level);
    }
}
