package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The refusal, special-procedure, extension and completion notices over HTTP, printed from what
 * real cases recorded on PostgreSQL: one case refused, another paused for an expert review over 中秋,
 * extended over 国庆 and denied.
 */
class CaseNoticesFromTheLifecycleIT extends OpenHallIT {

    private static final HttpClient PDF_CLIENT = HttpClient.newHttpClient();

    private Reply step(String user, String id, String action, String json) {
        return post(user, "/api/v1/cases/" + id + "/" + action, json);
    }

    private String pdfText(String id, String kind) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = PDF_CLIENT.send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/cases/" + id + "/notices/" + kind))
                .header("Authorization", authorization(CLERK_SCJG))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(kind).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    @Test
    void aRefusedCaseHasItsRefusalDecision() throws Exception {
        today("2026-09-18T09:00:00");
        String id = submitFoodLicence("APP");
        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + id + "/notices/refusal").code())
                .isEqualTo("case.notice-not-available");
        assertThat(step(CLERK_SCJG, id, "refusal", """
                {"legalBasis":"《中华人民共和国行政许可法》第三十二条第一款第（二）项","reason":"申请事项不属于本机关职权范围"}""")
                .status()).isEqualTo(200);

        assertThat(pdfText(id, "refusal")).contains("不予受理决定书", "决定日期：2026年9月18日", "申请事项不属于本机关职权范围",
                "第三十二条第一款第（二）项", "行政复议");
    }

    @Test
    void aPausedExtendedAndDeniedCaseHasItsSpecialProcedureExtensionAndCompletionNotices() throws Exception {
        today("2026-09-18T09:00:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        assertThat(step(CLERK_SCJG, id, "acceptance", null).status()).isEqualTo(200);
        assertThat(step(CLERK_SCJG, id, "steps/1/completion", "{\"opinion\":\"材料齐全\"}").status()).isEqualTo(200);
        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + id + "/notices/special-procedure").status()).isEqualTo(404);
        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + id + "/notices/extension").status()).isEqualTo(404);

        today("2026-09-23T10:00:00");
        assertThat(step(APPROVER_SCJG, id, "pauses",
                "{\"procedure\":\"EXPERT_REVIEW\",\"noticeReference\":\"合市监告〔2026〕7号\",\"noticedOn\":\"2026-09-23\"}")
                .status()).isEqualTo(200);
        assertThat(pdfText(id, "special-procedure")).as("while the review runs").contains("特别程序告知书", "专家评审",
                "合市监告〔2026〕7号", "2026年9月23日至程序结束", "第四十五条");

        today("2026-09-29T16:00:00");
        assertThat(step(APPROVER_SCJG, id, "pauses/end", null).status()).isEqualTo(200);
        assertThat(pdfText(id, "special-procedure?pause=1")).contains("2026年9月23日至2026年9月29日");
        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + id + "/notices/special-procedure?pause=2").status())
                .isEqualTo(404);

        today("2026-09-30T10:00:00");
        assertThat(step(APPROVER_SCJG, id, "extensions",
                "{\"workingDays\":10,\"approvedBy\":\"局长 王五\",\"reason\":\"需补充检测\",\"applicantToldOn\":\"2026-09-30\"}")
                .status()).isEqualTo(200);
        // After the pause: statutory 10-28, promised 10-14; ten more working days: 11-11 and 10-28.
        assertThat(pdfText(id, "extension")).contains("延期告知书", "原办结期限：2026年10月28日",
                "延长后办结期限：2026年11月11日", "2026年10月14日延长至2026年10月28日", "局长王五", "需补充检测",
                "延长10个工作日", "告知日期：2026年9月30日", "第四十二条");

        today("2026-10-12T10:00:00");
        for (int position = 2; position <= 4; position++) {
            assertThat(step(APPROVER_SCJG, id, "steps/" + position + "/completion", "{\"opinion\":\"不同意\"}").status())
                    .isEqualTo(200);
        }
        assertThat(step(CLERK_SCJG, id, "steps/5/completion", "{\"opinion\":\"无需制证\"}").status()).isEqualTo(200);
        assertThat(step(APPROVER_SCJG, id, "decision", """
                {"outcome":"DENIED","legalBasis":"《中华人民共和国食品安全法》第三十五条","reason":"经营场所不符合要求"}""")
                .status()).isEqualTo(200);

        assertThat(pdfText(id, "completion")).contains("办结通知书", "办理结果：不予许可", "经营场所不符合要求",
                "决定依据：《中华人民共和国食品安全法》第三十五条", "第三十八条第二款", "行政复议")
                .doesNotContain("颁发、送达");
    }
}
