package org.openhall.notification.adapter.out.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;

import com.github.tomakehurst.wiremock.WireMockServer;

/** The HTTP adapter in both request shapes against a real HTTP server (WireMock) speaking the vendor's shape. */
class HttpSmsAdapterTest {

    private static final String SIGNATURE = "【合山市政务服务中心】";
    private static final OutgoingSms SMS = new OutgoingSms("7d1c0a55-0000-3000-8000-000000000001", "13800138000",
            SIGNATURE + "您申请的食品经营许可已受理。", SIGNATURE, "case-accepted", "SMS_HS_0001",
            Map.of("itemName", "食品经营许可"));

    private final WireMockServer gateway = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    private HttpSmsAdapter cloud(Duration timeout) {
        return new HttpSmsAdapter(new HttpGatewayProperties("cloud", URI.create(gateway.baseUrl() + "/sms"), "AK1",
                "s3cret", null, null, null, null, timeout));
    }

    private HttpSmsAdapter kannel() {
        return new HttpSmsAdapter(new HttpGatewayProperties("kannel", URI.create(gateway.baseUrl()), null, null,
                "openhall", "pw", URI.create("http://openhall.local/api/v1/notifications/delivery-reports"), "tok",
                Duration.ofSeconds(5)));
    }

    @Test
    void theCloudShapeSendsSignatureTemplateCodeParametersAndTheIdempotencyKey() {
        gateway.stubFor(post("/sms").willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"biz-1\",\"Message\":\"OK\"}")));

        SendOutcome outcome = cloud(Duration.ofSeconds(5)).send(SMS);

        assertThat(outcome).isEqualTo(new SendOutcome.Accepted("biz-1"));
        gateway.verify(postRequestedFor(urlEqualTo("/sms"))
                .withHeader("X-Sms-Access-Key", equalTo("AK1"))
                .withHeader("X-Sms-Signature", matching("[0-9a-f]{64}"))
                .withRequestBody(equalToJson("""
                        {"PhoneNumbers":"13800138000","SignName":"合山市政务服务中心","TemplateCode":"SMS_HS_0001",
                         "TemplateParam":"{\\"itemName\\":\\"食品经营许可\\"}","OutId":"7d1c0a55-0000-3000-8000-000000000001"}""")));
    }

    @Test
    void theCloudShapeSortsTheVendorsAnswers() {
        gateway.stubFor(post("/sms").willReturn(okJson("{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\"}")));
        assertThat(cloud(Duration.ofSeconds(5)).send(SMS)).isInstanceOf(SendOutcome.NotSent.class);

        gateway.stubFor(post("/sms").willReturn(okJson("{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\"}")));
        assertThat(cloud(Duration.ofSeconds(5)).send(SMS)).isInstanceOf(SendOutcome.Rejected.class);

        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(503)));
        assertThat(cloud(Duration.ofSeconds(5)).send(SMS)).isInstanceOf(SendOutcome.NotSent.class);
    }

    @Test
    void aTimeoutAfterSendingIsUnknownAndTheQueryFindsTheMessage() {
        gateway.stubFor(post("/sms").willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"biz-2\"}").withFixedDelay(1_500)));
        gateway.stubFor(post("/sms/query").willReturn(
                okJson("{\"Code\":\"OK\",\"Found\":true,\"BizId\":\"biz-2\",\"Status\":\"DELIVERED\"}")));
        HttpSmsAdapter adapter = cloud(Duration.ofMillis(300));

        assertThat(adapter.send(SMS)).isInstanceOf(SendOutcome.Unknown.class);
        assertThat(adapter.query(SMS.idempotencyKey(), null)).isEqualTo(new Reconciliation.Received("biz-2", true));
        gateway.verify(postRequestedFor(urlEqualTo("/sms/query"))
                .withRequestBody(equalToJson("{\"OutId\":\"7d1c0a55-0000-3000-8000-000000000001\"}")));
    }

    @Test
    void aGatewayThatIsDownMeansNotSent() {
        HttpSmsAdapter adapter = cloud(Duration.ofSeconds(2));
        gateway.stop();

        assertThat(adapter.send(SMS)).isInstanceOf(SendOutcome.NotSent.class);
    }

    @Test
    void theKannelShapeSendsTheTextWithUcs2CodingAndADeliveryReportUrl() {
        gateway.stubFor(get(urlPathEqualTo("/cgi-bin/sendsms")).willReturn(aResponse().withStatus(202)
                .withBody("0: Accepted for delivery")));

        SendOutcome outcome = kannel().send(SMS);

        assertThat(outcome).isEqualTo(new SendOutcome.Accepted(SMS.idempotencyKey()));
        gateway.verify(getRequestedFor(urlPathEqualTo("/cgi-bin/sendsms"))
                .withQueryParam("username", equalTo("openhall"))
                .withQueryParam("password", equalTo("pw"))
                .withQueryParam("to", equalTo("13800138000"))
                .withQueryParam("text", equalTo(SMS.text()))
                .withQueryParam("coding", equalTo("2"))
                .withQueryParam("charset", equalTo("UTF-8"))
                .withQueryParam("dlr-mask", equalTo("3"))
                .withQueryParam("dlr-url", equalTo("http://openhall.local/api/v1/notifications/delivery-reports?notice="
                        + SMS.idempotencyKey() + "&status=%d&token=tok")));
        assertThat(kannel().query(SMS.idempotencyKey(), null)).isInstanceOf(Reconciliation.Unsupported.class);
    }
}
