package org.openhall.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.notification.application.port.in.DispatchNoticesUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * SMS notices through a cloud SMS gateway (signature + template code + parameters + OutId), played by a
 * real HTTP server: the gateway is down for ten minutes while 200 cases are accepted and afterwards every
 * notice arrives exactly once; an answer lost after the gateway accepted is reconciled by query, never
 * resent; a Kannel-style delivery report with the right token marks a notice delivered.
 */
class HttpGatewayNoticesIT extends SmsNoticeSteps {

    static final WireMockServer GATEWAY = started();

    @Autowired
    DispatchNoticesUseCase dispatcher;

    private static WireMockServer started() {
        // A fixed port, so that the gateway comes back where OpenHall expects it after being down.
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WireMockServer server = new WireMockServer(options().port(port));
        server.start();
        acceptAll(server);
        return server;
    }

    private static void acceptAll(WireMockServer server) {
        server.stubFor(WireMock.post("/sms").atPriority(10)
                .willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"biz\",\"Message\":\"OK\"}")));
    }

    @BeforeEach
    void gatewayUp() {
        if (!GATEWAY.isRunning()) {
            GATEWAY.start();
            acceptAll(GATEWAY);
        }
    }

    @DynamicPropertySource
    static void cloudGateway(DynamicPropertyRegistry registry) {
        registry.add("openhall.sms.gateway", () -> "http");
        registry.add("openhall.sms.http.style", () -> "cloud");
        registry.add("openhall.sms.http.url", () -> GATEWAY.baseUrl() + "/sms");
        registry.add("openhall.sms.http.access-key-id", () -> "AK-HESHAN");
        registry.add("openhall.sms.http.access-key-secret", () -> "test-secret");
        registry.add("openhall.sms.http.delivery-report-token", () -> "dlr-token");
        registry.add("openhall.sms.http.timeout", () -> "1s");
    }

    @AfterAll
    static void stop() {
        GATEWAY.stop();
    }

    private void dispatchAll() {
        while (dispatcher.dispatchDue(100).handled() > 0) {
            // until nothing is due at this time
        }
    }

    private List<LoggedRequest> sendsTo(String phone) {
        return GATEWAY.findAll(postRequestedFor(urlEqualTo("/sms"))
                .withRequestBody(matchingJsonPath("$.PhoneNumbers", WireMock.equalTo(phone))));
    }

    @Test
    void afterTenMinutesDownEveryNoticeOfTwoHundredCasesArrivesExactlyOnce() {
        LocalDateTime start = LocalDateTime.parse("2026-11-09T09:00:00");
        today(start.toString());
        int port = GATEWAY.port();
        GATEWAY.stop();
        List<String> phones = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String phone = "1360000%04d".formatted(i);
            phones.add(phone);
            numbers.add(acceptedCaseFor(phone));
            if (i % 20 == 19) {
                // the dispatcher keeps trying each minute while the cases change state
                today(start.plusMinutes(i / 20 + 1).toString());
                dispatchAll();
            }
        }
        assertState(numbers.get(0), "PENDING");
        assertThat(onlyNoticeOf(numbers.get(0)).path("attempts").asInt()).isGreaterThan(1);

        GATEWAY.start();
        assertThat(GATEWAY.port()).isEqualTo(port);
        acceptAll(GATEWAY);
        today(start.plusMinutes(60).toString());
        dispatchAll();

        Set<String> outIds = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            List<LoggedRequest> sends = sendsTo(phones.get(i));
            assertThat(sends).as("sends to " + phones.get(i)).hasSize(1);
            outIds.add(sends.get(0).getBodyAsString().replaceAll(".*\"OutId\":\"([^\"]+)\".*", "$1"));
            assertState(numbers.get(i), "SENT");
        }
        assertThat(outIds).hasSize(200);
    }

    @Test
    void anAnswerLostAfterTheGatewayAcceptedIsReconciledAndNotSentTwice() {
        today("2026-11-10T09:00:00");
        String phone = "13522220001";
        GATEWAY.stubFor(WireMock.post("/sms").atPriority(1).withRequestBody(matchingJsonPath("$.PhoneNumbers",
                WireMock.equalTo(phone)))
                .willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"biz-lost\"}").withFixedDelay(2_500)));
        String number = acceptedCaseFor(phone);
        String noticeId = onlyNoticeOf(number).path("id").asString();
        GATEWAY.stubFor(WireMock.post("/sms/query").withRequestBody(equalToJson("{\"OutId\":\"" + noticeId + "\"}"))
                .willReturn(okJson("{\"Code\":\"OK\",\"Found\":true,\"BizId\":\"biz-lost\",\"Status\":\"SENT\"}")));

        dispatchAll();
        assertState(number, "UNCERTAIN");

        today("2026-11-10T09:05:00");
        dispatchAll();

        assertState(number, "SENT");
        assertThat(sendsTo(phone)).hasSize(1);
    }

    @Test
    void aDeliveryReportWithTheTokenMarksTheNoticeDeliveredAndOneWithoutIsRefused() {
        today("2026-11-11T09:00:00");
        String number = acceptedCaseFor("13522220002");
        dispatchAll();
        String noticeId = onlyNoticeOf(number).path("id").asString();

        Reply forged = get(null, "/api/v1/notifications/delivery-reports?notice=" + noticeId + "&status=1&token=guess");
        assertThat(forged.status()).isEqualTo(403);
        assertState(number, "SENT");

        Reply report = get(null, "/api/v1/notifications/delivery-reports?notice=" + noticeId + "&status=1&token=dlr-token");
        assertThat(report.status()).isEqualTo(200);
        assertState(number, "DELIVERED");
    }

    @Test
    void noticesAreForStaffOnlyAndClerksSeeTheirOwnDepartment() {
        today("2026-11-12T09:00:00");
        String number = acceptedCaseFor("13522220003");

        assertThat(get(null, "/api/v1/notifications").status()).isEqualTo(401);
        assertThat(get(CLERK_SCJG, "/api/v1/notifications?caseNumber=" + number).json().path("totalElements").asInt())
                .isEqualTo(1);
        assertThat(get(CLERK_WSJK, "/api/v1/notifications?caseNumber=" + number).json().path("totalElements").asInt())
                .isZero();
        assertThat(get(SUPERVISOR, "/api/v1/notifications?state=NOT-A-STATE").status()).isEqualTo(400);
    }
}
