package org.openhall.notification.adapter.out.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.notification.application.port.in.RecordDeliveryReportCommand;
import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;

/** The SMPP adapter against a real SMPP server on loopback. */
class SmppSmsAdapterTest {

    private static final String SIGNATURE = "【合山市政务服务中心】";

    private final List<RecordDeliveryReportCommand> reports = new CopyOnWriteArrayList<>();
    private SmscSimulator smsc;
    private SmppSmsAdapter adapter;

    private SmppSmsAdapter adapter(String password, Duration timeout) throws Exception {
        smsc = new SmscSimulator();
        adapter = new SmppSmsAdapter(new SmppProperties("127.0.0.1", smsc.port(), SmscSimulator.SYSTEM_ID, password,
                "", "10690000", timeout), new SmppDeliveryReceipts(report -> {
            reports.add(report);
            return true;
        }));
        return adapter;
    }

    @AfterEach
    void close() throws Exception {
        if (adapter != null) {
            adapter.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    private static OutgoingSms sms(String key, String body) {
        return new OutgoingSms(key, "13800138000", SIGNATURE + body, SIGNATURE, "case-accepted", null, Map.of());
    }

    @Test
    void aShortChineseMessageGoesAsOneUcs2SubmitSm() throws Exception {
        SendOutcome outcome = adapter(SmscSimulator.PASSWORD, Duration.ofSeconds(5)).send(sms("n1", "您申请的食品经营许可已受理。"));

        assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(smsc.received()).hasSize(1);
        SmscSimulator.Received r = smsc.received().get(0);
        assertThat(r.dataCoding()).isEqualTo((byte) 0x08);
        assertThat(r.destination()).isEqualTo("13800138000");
        assertThat(r.text()).isEqualTo(SIGNATURE + "您申请的食品经营许可已受理。");
        assertThat(r.receiptRequested()).isTrue();
        assertThat(((SendOutcome.Accepted) outcome).messageId()).isEqualTo(r.messageId());
    }

    @Test
    void aLongMessageGoesInUdhConcatenatedSegmentsOf67Characters() throws Exception {
        String body = "字".repeat(150 - SIGNATURE.length());
        adapter(SmscSimulator.PASSWORD, Duration.ofSeconds(5)).send(sms("n2", body));

        List<SmscSimulator.Received> parts = smsc.received();
        assertThat(parts).hasSize(3);
        assertThat(parts).allMatch(SmscSimulator.Received::concatenated);
        assertThat(parts.get(0).shortMessage()[4]).isEqualTo((byte) 3);
        assertThat(parts.get(2).shortMessage()[5]).isEqualTo((byte) 3);
        assertThat(parts.get(0).text()).hasSize(67);
        assertThat(String.join("", parts.stream().map(SmscSimulator.Received::text).toList()))
                .isEqualTo(SIGNATURE + body);
        assertThat(parts).filteredOn(SmscSimulator.Received::receiptRequested).hasSize(1);
    }

    @Test
    void deliveryReceiptsAreRecordedByTheSmscsMessageId() throws Exception {
        SendOutcome.Accepted accepted = (SendOutcome.Accepted) adapter(SmscSimulator.PASSWORD, Duration.ofSeconds(5))
                .send(sms("n3", "已受理。"));

        assertThat(smsc.sendReceipts(true)).isEqualTo(1);

        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.messageId()).isEqualTo(accepted.messageId());
            assertThat(r.delivered()).isTrue();
        });
    }

    @Test
    void aWrongPasswordMeansNotSent() throws Exception {
        SendOutcome outcome = adapter("wrong", Duration.ofSeconds(5)).send(sms("n4", "已受理。"));

        assertThat(outcome).isInstanceOf(SendOutcome.NotSent.class);
        assertThat(smsc.received()).isEmpty();
    }

    @Test
    void anUnansweredSubmitIsUnknownAndCannotBeLookedUpWithoutAMessageId() throws Exception {
        SmppSmsAdapter a = adapter(SmscSimulator.PASSWORD, Duration.ofMillis(300));
        smsc.holdResponses(1_000);

        SendOutcome outcome = a.send(sms("n5", "已受理。"));

        assertThat(outcome).isInstanceOf(SendOutcome.Unknown.class);
        assertThat(smsc.received()).hasSize(1);
        assertThat(a.query("n5", null)).isInstanceOf(Reconciliation.Unsupported.class);
    }
}
