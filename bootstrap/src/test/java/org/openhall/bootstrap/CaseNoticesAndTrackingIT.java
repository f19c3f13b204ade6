package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * A real case received and accepted at the window: its acceptance notice fetched over HTTP is a PDF
 * with the right text and a QR code to the case's tracking page; public tracking answers the right
 * four characters with the masked progress and a wrong one like an unknown number; the tracking
 * page renders.
 */
class CaseNoticesAndTrackingIT extends OpenHallIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anAcceptedCaseHasItsAcceptanceNoticeAndCanBeTrackedByThePublicWithASecondFactor() throws Exception {
        today("2026-09-18T09:30:00");
        String id = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        String number = get(CLERK_SCJG, "/api/v1/cases/" + id).json().path("number").asString();

        Reply early = get(CLERK_SCJG, "/api/v1/cases/" + id + "/notices/acceptance");
        assertThat(early.status()).isEqualTo(404);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.code()).isEqualTo("case.notice-not-available");

        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);

        HttpResponse<byte[]> notice = bytes(CLERK_SCJG, "/api/v1/cases/" + id + "/notices/acceptance");
        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(notice.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(notice.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            // Fri 09-18 is day 0; the promised 10 and statutory 20 working days cross 中秋 and 国庆.
            assertThat(text).contains("合山市政务服务中心", "受理通知书", "编号：" + number, "张*", "食品经营许可",
                    "受理日期：2026年9月18日", "承诺办结期限：2026年10月9日", "法定办结期限：2026年10月22日",
                    "《中华人民共和国行政许可法》第三十二条", "《中华人民共和国食品安全法》第三十五条",
                    "合山市市场监督管理局")
                    .doesNotContain("张三", VALID_ID, "clerk.scjg");
            assertThat(qrCodeOn(pdf)).isEqualTo("http://localhost:8080/track/" + number);
        }

        String track = "/api/v1/public/cases/" + number + "/track?check=";
        Reply byId = get(null, track + "002X");
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(byId.json().path("applicant").path("name").asString()).isEqualTo("张*");
        assertThat(byId.json().path("applicant").path("phone").asString()).isEqualTo("138****8000");
        assertThat(byId.json().path("promisedDue").asString()).isEqualTo("2026-10-09");
        assertThat(byId.json().path("statutoryDue").asString()).isEqualTo("2026-10-22");
        assertThat(byId.json().path("department").asString()).isEqualTo("合山市市场监督管理局");
        assertThat(byId.json().path("steps")).extracting(step -> step.path("actionText").asString())
                .containsExactly("收件", "受理", "环节开始");
        assertThat(byId.body()).doesNotContain("张三", VALID_ID, "13800138000", "clerk.scjg");
        assertThat(get(null, track + "8000").status()).as("the phone's last four").isEqualTo(200);

        Reply wrong = get(null, track + "1234");
        String unknownNumber = number.substring(0, number.length() - 5) + "99999";
        Reply unknown = get(null, "/api/v1/public/cases/" + unknownNumber + "/track?check=002X");
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrong.code()).isEqualTo(unknown.code()).isEqualTo("case.track-not-found");
        assertThat(wrong.json().path("detail").asString()).isEqualTo(unknown.json().path("detail").asString());

        HttpResponse<String> form = page("GET", "/track/" + number, null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("办件进度查询", "value=\"" + number + "\"");
        HttpResponse<String> result = page("POST", "/track", Map.of("number", number, "check", "8000"));
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("食品经营许可", "已受理", "2026年10月22日", "张*").doesNotContain("张三");
    }

    private HttpResponse<byte[]> bytes(String user, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization(user))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> page(String method, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (form == null) {
            b.GET();
        } else {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            b.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String qrCodeOn(PDDocument pdf) throws Exception {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.RGB);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
