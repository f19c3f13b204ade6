package org.openhall.notification.adapter.out.sms;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signature-and-template cloud SMS API in the style of Aliyun's SendSms or Tencent's: the gateway
 * holds the approved template and signature, OpenHall sends their codes and the variables.
 *
 * <pre>
 * POST {url}   {"PhoneNumbers":"13800138000","SignName":"合山市政务服务中心","TemplateCode":"SMS_2001",
 *               "TemplateParam":"{\"itemName\":\"…\"}","OutId":"&lt;notice id&gt;"}
 *   → {"Code":"OK","BizId":"…"} | {"Code":"isv.BUSINESS_LIMIT_CONTROL",…} | {"Code":"isv.MOBILE_NUMBER_ILLEGAL",…}
 * POST {url}/query {"OutId":"&lt;notice id&gt;"}
 *   → {"Code":"OK","Found":true,"BizId":"…","Status":"SENT|DELIVERED|FAILED"} | {"Code":"OK","Found":false}
 * </pre>
 *
 * Each body is signed: header {@code X-Sms-Signature} = hex HMAC-SHA256 of the body with the access key
 * secret, beside {@code X-Sms-Access-Key}. A real vendor's signing scheme replaces this in its own shape.
 */
final class CloudSmsShape implements HttpRequestShape {

    /** Codes that mean "not now": the message was not taken and may be sent again later. */
    private static final Set<String> TRY_LATER = Set.of("isv.BUSINESS_LIMIT_CONTROL", "Throttling",
            "Throttling.User", "isp.SYSTEM_ERROR", "ServiceUnavailable");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpGatewayProperties properties;

    CloudSmsShape(HttpGatewayProperties properties) {
        this.properties = properties;
        if (properties.url() == null) {
            throw new IllegalArgumentException("openhall.sms.http.url is required");
        }
    }

    @Override
    public String name() {
        return "cloud";
    }

    @Override
    public HttpRequest sendRequest(OutgoingSms sms) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("PhoneNumbers", sms.mobile());
        body.put("SignName", sms.signature().replace("【", "").replace("】", ""));
        body.put("TemplateCode", sms.vendorTemplateCode() == null ? sms.templateKey() : sms.vendorTemplateCode());
        body.put("TemplateParam", JSON.writeValueAsString(new java.util.TreeMap<>(sms.variables())));
        body.put("OutId", sms.idempotencyKey());
        return post(properties.url(), JSON.writeValueAsString(body));
    }

    @Override
    public SendOutcome interpret(HttpResponse<String> response, OutgoingSms sms) {
        int status = response.statusCode();
        if (status == 429 || status == 503) {
            return new SendOutcome.NotSent("gateway busy (HTTP " + status + ")");
        }
        if (status >= 500) {
            return new SendOutcome.Unknown("gateway error (HTTP " + status + ")");
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (RuntimeException e) {
            return status >= 400 ? new SendOutcome.Rejected("HTTP " + status)
                    : new SendOutcome.Unknown("unreadable answer (HTTP " + status + ")");
        }
        String code = answer.path("Code").asString("");
        if ("OK".equals(code)) {
            return new SendOutcome.Accepted(answer.path("BizId").asString(sms.idempotencyKey()));
        }
        if (TRY_LATER.contains(code)) {
            return new SendOutcome.NotSent("gateway: " + code);
        }
        return new SendOutcome.Rejected("gateway: " + (code.isEmpty() ? "HTTP " + status : code));
    }

    @Override
    public Optional<HttpRequest> queryRequest(String idempotencyKey, String messageId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("OutId", idempotencyKey);
        if (messageId != null) {
            body.put("BizId", messageId);
        }
        return Optional.of(post(URI.create(properties.url().toString().replaceAll("/+$", "") + "/query"),
                JSON.writeValueAsString(body)));
    }

    @Override
    public Reconciliation interpretQuery(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return new Reconciliation.Inconclusive("query answered HTTP " + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (RuntimeException e) {
            return new Reconciliation.Inconclusive("unreadable query answer");
        }
        if (!"OK".equals(answer.path("Code").asString(""))) {
            return new Reconciliation.Inconclusive("query: " + answer.path("Code").asString(""));
        }
        if (!answer.path("Found").asBoolean(false)) {
            return new Reconciliation.NotReceived();
        }
        String state = answer.path("Status").asString("");
        Boolean delivered = "DELIVERED".equals(state) ? Boolean.TRUE : "FAILED".equals(state) ? Boolean.FALSE : null;
        return new Reconciliation.Received(answer.path("BizId").asString(null), delivered);
    }

    private HttpRequest post(URI uri, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (properties.accessKeyId() != null) {
            b.header("X-Sms-Access-Key", properties.accessKeyId());
        }
        if (properties.accessKeySecret() != null) {
            b.header("X-Sms-Signature", sign(json, properties.accessKeySecret()));
        }
        return b.build();
    }

    static String sign(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
