package org.openhall.notification.adapter.out.sms;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An HTTP SMS gateway ({@code openhall.sms.http.*}) in one of two request shapes:
 * <ul>
 * <li>{@code cloud}: a signature-and-template cloud SMS API (Aliyun/Tencent-like JSON: PhoneNumbers,
 *     SignName, TemplateCode, TemplateParam, OutId = the idempotency key), POSTed to {@code url};
 *     reconciliation by POSTing {"OutId"} to {@code url}/query;</li>
 * <li>{@code kannel}: Kannel's {@code GET /cgi-bin/sendsms?username&password&to&text&dlr-url…} under
 *     {@code url}; delivery reports come back to {@code delivery-report-url}.</li>
 * </ul>
 *
 * @param style             {@code cloud} or {@code kannel}
 * @param url               the gateway's base address
 * @param accessKeyId       cloud: the account key, sent as a header
 * @param accessKeySecret   cloud: signs each body (HMAC-SHA256)
 * @param username          kannel: the sendsms user
 * @param password          kannel: its password
 * @param deliveryReportUrl kannel: where Kannel reports delivery (OpenHall's delivery-report endpoint)
 * @param deliveryReportToken kannel: the shared secret the delivery-report endpoint checks
 * @param timeout           connect and response timeout; a request unanswered by then is UNCERTAIN
 */
@ConfigurationProperties("openhall.sms.http")
public record HttpGatewayProperties(@DefaultValue("cloud") String style, URI url, String accessKeyId,
        String accessKeySecret, String username, String password, URI deliveryReportUrl,
        String deliveryReportToken, @DefaultValue("10s") Duration timeout) {
}
