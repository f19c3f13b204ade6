package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openhall.notification.adapter.out.sms.SmscSimulator;
import org.openhall.notification.application.port.in.DispatchNoticesUseCase;
import org.openhall.notification.application.service.CaseEventNotices;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.AopTestUtils;

import tools.jackson.databind.JsonNode;

/**
 * SMS notices over SMPP to a real SMPP server on loopback acting as the SMS centre: accepted cases
 * become UCS-2 submit_sm with the approved signature, delivery receipts settle them, a redelivered
 * event sends nothing twice, the 51st notice of a day to one number waits for the next day, and a
 * submit whose response is lost is never resent.
 */
class SmppNoticesIT extends SmsNoticeSteps {

    static final SmscSimulator SMSC = start();

    @Autowired
    DispatchNoticesUseCase dispatcher;

    @Autowired
    CaseEventNotices caseEventNotices;

    private static SmscSimulator start() {
        try {
            return new SmscSimulator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void smpp(DynamicPropertyRegistry registry) {
        registry.add("openhall.sms.gateway", () -> "smpp");
        registry.add("openhall.sms.smpp.host", () -> "127.0.0.1");
        registry.add("openhall.sms.smpp.port", SMSC::port);
        registry.add("openhall.sms.smpp.system-id", () -> SmscSimulator.SYSTEM_ID);
        registry.add("openhall.sms.smpp.password", () -> SmscSimulator.PASSWORD);
        registry.add("openhall.sms.smpp.timeout", () -> "1s");
    }

    @AfterAll
    static void stop() throws IOException {
        SMSC.close();
    }

    private List<SmscSimulator.Received> receivedBy(String phone) {
        return SMSC.received().stream().filter(r -> r.destination().equals(phone)).toList();
    }

    private void dispatchAll() {
        while (dispatcher.dispatchDue(100).handled() > 0) {
            // until nothing is due at this time
        }
    }

    @Test
    void anAcceptedCaseIsTextedInUcs2UnderTheApprovedSignatureAndItsReceiptMarksItDelivered() throws Exception {
        today("2026-11-02T09:00:00");
        String phone = "13711110001";
        String number = acceptedCaseFor(phone);

        JsonNode pending = onlyNoticeOf(number);
        assertThat(pending.path("state").asString()).isEqualTo("PENDING");
        assertThat(pending.path("phone").asString()).isEqualTo("137****0001");
        assertThat(pending.path("template").asString()).isEqualTo("case-accepted");
        assertThat(pending.path("text").asString()).startsWith("【合山市政务服务中心】您申请的食品经营许可已受理，受理编号" + number);

        dispatchAll();

        assertState(number, "SENT");
        List<SmscSimulator.Received> received = receivedBy(phone);
        assertThat(received).isNotEmpty().allMatch(r -> r.dataCoding() == 0x08);
        assertThat(String.join("", received.stream().map(SmscSimulator.Received::text).toList()))
                .isEqualTo(pending.path("text").asString());

        SMSC.sendReceipts(true);
        assertState(number, "DELIVERED");
    }

    @Test
    void aRedeliveredCaseEventMakesNoSecondNotice() {
        today("2026-11-03T09:00:00");
        String phone = "13711110002";
        AcceptedCase accepted = acceptCase(phone);
        String number = accepted.number();
        // The acceptance is the case's second transition (after the submission): sequence 2.
        CaseAccepted event = new CaseAccepted(accepted.id(), number, "SCJG", 2, "clerk.scjg", clock.instant(),
                LocalDate.parse("2026-11-03"), LocalDate.parse("2026-12-01"), LocalDate.parse("2026-11-17"), false,
                false, List.of(), null);

        // Delivered again to the listener itself, synchronously (the bean's proxy would run it asynchronously),
        // as the publication registry does when it resubmits an incomplete publication.
        CaseEventNotices listener = AopTestUtils.getTargetObject(caseEventNotices);
        listener.on(event);
        dispatchAll();
        listener.on(event);
        dispatchAll();

        assertThat(noticesOf(number)).hasSize(1);
        assertThat(receivedBy(phone).stream().filter(SmscSimulator.Received::receiptRequested))
                .as(noticesOf(number).toString()).hasSize(1);
    }

    @Test
    void theFiftyFirstNoticeOfTheDayToOneNumberIsDeferredAndSentTheNextDay() {
        today("2026-11-04T09:00:00");
        String phone = "13711110051";
        String last = null;
        for (int i = 0; i < 51; i++) {
            last = acceptedCaseFor(phone);
        }
        dispatchAll();

        assertState(last, "DEFERRED");
        assertThat(onlyNoticeOf(last).path("dueAt").asString()).isEqualTo("2026-11-05T00:00:00Z"); // 08:00 in China
        assertThat(receivedBy(phone).stream().filter(SmscSimulator.Received::receiptRequested)).hasSize(50);

        today("2026-11-05T08:00:00");
        dispatchAll();

        assertState(last, "SENT");
        assertThat(receivedBy(phone).stream().filter(SmscSimulator.Received::receiptRequested)).hasSize(51);
    }

    @Test
    void aSubmitWhoseResponseIsLostGoesToReviewAndIsNeverSentAgain() throws InterruptedException {
        today("2026-11-06T09:00:00");
        String phone = "13711110003";
        String number = acceptedCaseFor(phone);
        SMSC.holdResponses(2_500);
        try {
            dispatchAll();
        } finally {
            SMSC.answerHeld();
        }
        assertState(number, "UNCERTAIN");

        today("2026-11-06T10:00:00");
        dispatchAll();
        today("2026-11-07T10:00:00");
        dispatchAll();

        assertState(number, "REVIEW");
        assertThat(get(SUPERVISOR, "/api/v1/notifications?state=REVIEW").json().path("content").toString())
                .contains(number);
        assertThat(receivedBy(phone).stream().filter(SmscSimulator.Received::receiptRequested)).hasSize(1);
    }
}
