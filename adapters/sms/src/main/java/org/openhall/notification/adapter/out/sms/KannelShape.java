package org.openhall.notification.adapter.out.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;

/**
 * Kannel's sendsms interface: {@code GET {url}/cgi-bin/sendsms?username&password&to&text&charset=UTF-8
 * &coding=2&dlr-mask=3&dlr-url=…}. Kannel converts to UCS-2 and splits long texts itself; it answers 202
 * ("0: Accepted for delivery" or "3: Queued for later delivery"), 4xx for a refused request, 503 when
 * it cannot take messages now. It returns no message id, so the notice id is the id; its delivery
 * reports call {@code dlr-url} (with {@code %d} = 1 delivered, 2 failed, 8 SMSC accepted, 16 SMSC
 * rejected). Kannel cannot be asked about an earlier send: an unanswered one goes to review.
 */
final class KannelShape implements HttpRequestShape {

    private final HttpGatewayProperties properties;

    KannelShape(HttpGatewayProperties properties) {
        this.properties = properties;
        if (properties.url() == null) {
            throw new IllegalArgumentException("openhall.sms.http.url is required");
        }
    }

    @Override
    public String name() {
        return "kannel";
    }

    @Override
    public HttpRequest sendRequest(OutgoingSms sms) {
        StringBuilder query = new StringBuilder();
        param(query, "username", properties.username());
        param(query, "password", properties.password());
        param(query, "to", sms.mobile());
        param(query, "text", sms.text());
        param(query, "charset", "UTF-8");
        param(query, "coding", "2");
        if (properties.deliveryReportUrl() != null) {
            param(query, "dlr-mask", "3");
            // Kannel fills %d with the report type; the notice id and the token come back with it.
            String dlr = properties.deliveryReportUrl() + "?notice=" + sms.idempotencyKey() + "&status=%d"
                    + (properties.deliveryReportToken() == null ? "" : "&token=" + encode(properties.deliveryReportToken()));
            param(query, "dlr-url", dlr);
        }
        URI uri = URI.create(properties.url().toString().replaceAll("/+$", "") + "/cgi-bin/sendsms?" + query);
        return HttpRequest.newBuilder(uri).timeout(properties.timeout()).GET().build();
    }

    @Override
    public SendOutcome interpret(HttpResponse<String> response, OutgoingSms sms) {
        int status = response.statusCode();
        if (status == 202 || status == 200) {
            return new SendOutcome.Accepted(sms.idempotencyKey());
        }
        if (status == 503) {
            return new SendOutcome.NotSent("Kannel cannot take messages now (HTTP 503)");
        }
        if (status >= 400 && status < 500) {
            return new SendOutcome.Rejected("Kannel refused (HTTP " + status + ")");
        }
        return new SendOutcome.Unknown("Kannel answered HTTP " + status);
    }

    @Override
    public Optional<HttpRequest> queryRequest(String idempotencyKey, String messageId) {
        return Optional.empty();
    }

    @Override
    public Reconciliation interpretQuery(HttpResponse<String> response) {
        return new Reconciliation.Unsupported("Kannel has no query");
    }

    private static void param(StringBuilder query, String name, String value) {
        if (value == null) {
            return;
        }
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(encode(value));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
