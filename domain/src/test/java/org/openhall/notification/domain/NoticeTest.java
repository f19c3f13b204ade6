package org.openhall.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.time.SettableClock;

class NoticeTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final RetryPolicy RETRY = new RetryPolicy(4, Duration.ofSeconds(30), Duration.ofMinutes(2), 2);
    private static final SmsTemplate SERVICE = new SmsTemplate("case-accepted", "已受理{caseNumber}",
            "【合山市政务服务中心】", true, MessageKind.SERVICE, null);
    private static final SmsTemplate RATING = new SmsTemplate("rating-invitation", "请评价",
            "【合山市政务服务中心】", true, MessageKind.NON_SERVICE, null);

    private final SettableClock clock = new SettableClock(CHINA, LocalDateTime.parse("2026-03-02T10:00:00"));

    private Notice notice(SmsTemplate template, boolean suppressed) {
        return Notice.create(NoticeId.forCaseEvent("c1", 3, template.key()), new CaseReference("c1", "N1", "SCJG"),
                template, Map.of("caseNumber", "N1"), template.render(Map.of("caseNumber", "N1"), new SegmentBudget(1)),
                new PhoneNumber("13800138000"), suppressed, clock.instant(), clock);
    }

    @Test
    void theSameEventAndTemplateAlwaysGiveTheSameIdAndAnotherTemplateAnother() {
        assertThat(NoticeId.forCaseEvent("c1", 3, "case-accepted")).isEqualTo(NoticeId.forCaseEvent("c1", 3, "case-accepted"));
        assertThat(NoticeId.forCaseEvent("c1", 3, "case-accepted")).isNotEqualTo(NoticeId.forCaseEvent("c1", 4, "case-accepted"));
        assertThat(NoticeId.forCaseEvent("c1", 3, "case-accepted")).isNotEqualTo(NoticeId.forCaseEvent("c1", 3, "rating-invitation"));
    }

    @Test
    void aNonServiceMessageToAnOptedOutNumberIsSuppressedButAServiceMessageGoes() {
        assertThat(notice(RATING, true).state()).isEqualTo(NoticeState.SUPPRESSED);
        assertThat(notice(SERVICE, true).state()).isEqualTo(NoticeState.PENDING);
        assertThat(notice(RATING, false).state()).isEqualTo(NoticeState.PENDING);
    }

    @Test
    void aNoticeDueLaterIsDeferredUntilThen() {
        Notice n = Notice.create(NoticeId.forCaseEvent("c1", 3, "case-accepted"), new CaseReference("c1", "N1", "SCJG"),
                SERVICE, Map.of(), SERVICE.render(Map.of("caseNumber", "N1"), new SegmentBudget(1)),
                new PhoneNumber("13800138000"), false, clock.instant().plus(Duration.ofHours(22)), clock);

        assertThat(n.state()).isEqualTo(NoticeState.DEFERRED);
        assertThat(n.snapshot().dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(22)));
    }

    @Test
    void anUnreachableGatewayIsTriedAgainWithGrowingDelaysThenTheNoticeFails() {
        Notice n = notice(SERVICE, false);

        n.notSent("down", RETRY, clock);
        assertThat(n.state()).isEqualTo(NoticeState.PENDING);
        assertThat(n.snapshot().dueAt()).isEqualTo(clock.instant().plusSeconds(30));
        n.notSent("down", RETRY, clock);
        assertThat(n.snapshot().dueAt()).isEqualTo(clock.instant().plusSeconds(60));
        n.notSent("down", RETRY, clock);
        assertThat(n.snapshot().dueAt()).isEqualTo(clock.instant().plusSeconds(120));
        n.notSent("down", RETRY, clock);
        assertThat(n.state()).isEqualTo(NoticeState.FAILED);
    }

    @Test
    void aLostAnswerIsNeverFollowedByASendBeforeTheGatewayWasAsked() {
        Notice n = notice(SERVICE, false);
        n.outcomeUnknown("timeout", RETRY, clock);

        assertThat(n.state()).isEqualTo(NoticeState.UNCERTAIN);
        assertThat(n.needsReconciliation()).isTrue();
        assertThatThrownBy(() -> n.accepted("m1", clock)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aGatewayThatHasTheMessageSettlesItAsSent() {
        Notice n = notice(SERVICE, false);
        n.outcomeUnknown("timeout", RETRY, clock);
        n.reconciledAsReceived("m1", null, clock);

        assertThat(n.state()).isEqualTo(NoticeState.SENT);
        assertThat(n.gatewayMessageId()).isEqualTo("m1");
    }

    @Test
    void aGatewayThatNeverHadItAllowsOneMoreSend() {
        Notice n = notice(SERVICE, false);
        n.outcomeUnknown("timeout", RETRY, clock);
        n.reconciledAsNotReceived(clock);
        n.accepted("m2", clock);

        assertThat(n.state()).isEqualTo(NoticeState.SENT);
        assertThat(n.attempts()).isEqualTo(2);
    }

    @Test
    void whatCannotBeReconciledGoesToReview() {
        Notice asked = notice(SERVICE, false);
        asked.outcomeUnknown("timeout", RETRY, clock);
        asked.reconciliationInconclusive("query failed", true, RETRY, clock);
        assertThat(asked.state()).isEqualTo(NoticeState.UNCERTAIN);
        asked.reconciliationInconclusive("query failed", true, RETRY, clock);
        assertThat(asked.state()).isEqualTo(NoticeState.REVIEW);

        Notice noQuery = notice(SERVICE, false);
        noQuery.outcomeUnknown("timeout", RETRY, clock);
        noQuery.reconciliationInconclusive("no query", false, RETRY, clock);
        assertThat(noQuery.state()).isEqualTo(NoticeState.REVIEW);
        assertThat(noQuery.snapshot().dueAt()).isNull();
    }

    @Test
    void aDeliveryReportSettlesASentNoticeAndALaterReportChangesNothing() {
        Notice n = notice(SERVICE, false);
        n.accepted("m1", clock);
        n.reported(true, "m1", "DELIVRD", clock);
        n.reported(false, "m1", "UNDELIV", clock);

        assertThat(n.state()).isEqualTo(NoticeState.DELIVERED);
    }

    @Test
    void theSegmentCountFollowsTheUcs2Rules() {
        assertThat(SegmentBudget.segmentsFor(70)).isEqualTo(1);
        assertThat(SegmentBudget.segmentsFor(71)).isEqualTo(2);
        assertThat(SegmentBudget.segmentsFor(134)).isEqualTo(2);
        assertThat(SegmentBudget.segmentsFor(135)).isEqualTo(3);
        assertThat(new SegmentBudget(1).maxLength()).isEqualTo(70);
        assertThat(new SegmentBudget(3).maxLength()).isEqualTo(201);
    }
}
