package org.openhall.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.notification.application.port.in.DispatchReport;
import org.openhall.notification.application.port.in.NotifyApplicantCommand;
import org.openhall.notification.application.port.out.OutgoingSms;
import org.openhall.notification.application.port.out.Reconciliation;
import org.openhall.notification.application.port.out.SendOutcome;
import org.openhall.notification.application.port.out.SmsPort;
import org.openhall.notification.application.port.out.SmsSuppressionRepository;
import org.openhall.notification.domain.NoticeId;
import org.openhall.notification.domain.NoticeSnapshot;
import org.openhall.notification.domain.NoticeState;
import org.openhall.notification.domain.RetryPolicy;
import org.openhall.servicecase.application.port.in.ApplicantContactView;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.out.InMemoryCountyParameterRepository;
import org.openhall.shared.application.service.CountyParameterService;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.openhall.shared.domain.time.SettableClock;

class NotificationServiceTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String PHONE = "13800138000";

    private final SettableClock clock = new SettableClock(CHINA, LocalDateTime.parse("2026-03-02T10:00:00"));
    private final InMemoryNotices notices = new InMemoryNotices();
    private final Set<String> optedOut = new HashSet<>();
    private final CountyParameterService parameters = new CountyParameterService(new InMemoryCountyParameterRepository());
    private final SmsTemplateCatalog templates = new SmsTemplateCatalog(parameters);
    private final NotificationSettings settings = new NotificationSettings(
            new RetryPolicy(12, Duration.ofSeconds(30), Duration.ofMinutes(30), 2), LocalTime.of(8, 0));
    private final ScriptedGateway gateway = new ScriptedGateway();
    private final NotificationService service = new NotificationService(notices, new Suppressions(),
            caseId -> Optional.of(new ApplicantContactView(caseId, "N-" + caseId, "SCJG", PHONE, true, "张*", "食品经营许可")),
            templates, new CentreProfile("合山市政务服务中心", new JurisdictionCode("HESHAN"), "451381", CHINA), settings,
            clock);
    private final NoticeDispatchService dispatcher = new NoticeDispatchService(notices, gateway, templates, settings, clock);

    NotificationServiceTest() {
        parameters.put("sms.signature", "【合山市政务服务中心】");
        parameters.put("sms.template.case-accepted", "您申请的{itemName}已受理，受理编号{caseNumber}。");
        parameters.put("sms.template-approved.case-accepted", "true");
        parameters.put("sms.template-kind.case-accepted", "service");
        parameters.put("sms.template.rating-invitation", "请对{itemName}办理服务作出评价。");
        parameters.put("sms.template-approved.rating-invitation", "true");
        parameters.put("sms.template-kind.rating-invitation", "non-service");
        parameters.put("sms.template.draft", "未报备{itemName}");
        parameters.put("sms.daily-limit-per-number", "2");
    }

    private Optional<NoticeId> accepted(String caseId, int sequence) {
        return service.notify(new NotifyApplicantCommand(caseId, sequence, "case-accepted", Map.of(), null));
    }

    private NoticeSnapshot stored(NoticeId id) {
        return notices.rows.get(id);
    }

    @Test
    void aRedeliveredEventMakesNoSecondNotice() {
        NoticeId first = accepted("c1", 2).orElseThrow();
        NoticeId again = accepted("c1", 2).orElseThrow();

        assertThat(again).isEqualTo(first);
        assertThat(notices.rows).hasSize(1);
        assertThat(stored(first).text()).isEqualTo("【合山市政务服务中心】您申请的食品经营许可已受理，受理编号N-c1。");
    }

    @Test
    void anUnapprovedOrUnknownTemplateMakesNoNotice() {
        assertThat(service.notify(new NotifyApplicantCommand("c1", 2, "draft", Map.of(), null))).isEmpty();
        assertThat(service.notify(new NotifyApplicantCommand("c1", 2, "no-such", Map.of(), null))).isEmpty();
        assertThat(notices.rows).isEmpty();
    }

    @Test
    void overTheDailyLimitANoticeIsDeferredToTheNextMorningNeverDropped() {
        NoticeId one = accepted("c1", 2).orElseThrow();
        NoticeId two = accepted("c2", 2).orElseThrow();
        NoticeId three = accepted("c3", 2).orElseThrow();

        assertThat(stored(one).state()).isEqualTo(NoticeState.PENDING);
        assertThat(stored(two).state()).isEqualTo(NoticeState.PENDING);
        assertThat(stored(three).state()).isEqualTo(NoticeState.DEFERRED);
        assertThat(stored(three).dueAt()).isEqualTo(LocalDateTime.parse("2026-03-03T08:00:00").atZone(CHINA).toInstant());

        assertThat(dispatcher.dispatchDue(10).sent()).isEqualTo(2);
        clock.set(LocalDateTime.parse("2026-03-03T08:00:00"));
        assertThat(dispatcher.dispatchDue(10).sent()).isEqualTo(1);
        assertThat(gateway.sent).hasSize(3);
    }

    @Test
    void aNumberThatOptedOutGetsServiceMessagesButNoInvitation() {
        optedOut.add(PHONE);
        NoticeId accepted = accepted("c1", 2).orElseThrow();
        NoticeId invitation = service.notify(new NotifyApplicantCommand("c1", 5, "rating-invitation", Map.of(), null))
                .orElseThrow();

        assertThat(stored(accepted).state()).isEqualTo(NoticeState.PENDING);
        assertThat(stored(invitation).state()).isEqualTo(NoticeState.SUPPRESSED);
        dispatcher.dispatchDue(10);
        assertThat(gateway.sent).extracting(OutgoingSms::templateKey).containsExactly("case-accepted");
    }

    @Test
    void whileTheGatewayIsDownNoticesWaitAndThenGoExactlyOnce() {
        for (int i = 0; i < 5; i++) {
            service.notify(new NotifyApplicantCommand("c" + i, 2, "case-accepted", Map.of(), null));
        }
        parameters.put("sms.daily-limit-per-number", "50");
        gateway.down = true;
        for (int minute = 0; minute <= 10; minute++) {
            clock.set(LocalDateTime.parse("2026-03-02T10:00:00").plusMinutes(minute));
            dispatcher.dispatchDue(100);
        }
        gateway.down = false;
        clock.set(LocalDateTime.parse("2026-03-02T10:30:00"));
        DispatchReport report = dispatcher.dispatchDue(100);

        assertThat(report.sent()).isEqualTo(2); // the limit of 2 deferred the other three to tomorrow
        assertThat(gateway.sent).hasSize(2);
        assertThat(gateway.sent).extracting(OutgoingSms::idempotencyKey).doesNotHaveDuplicates();
    }

    @Test
    void aLostAnswerIsAskedAboutAndNotSentAgainWhenTheGatewayHasIt() {
        NoticeId id = accepted("c1", 2).orElseThrow();
        gateway.loseAnswer = true;
        DispatchReport first = dispatcher.dispatchDue(10);
        gateway.loseAnswer = false;
        clock.set(LocalDateTime.parse("2026-03-02T10:05:00"));
        DispatchReport second = dispatcher.dispatchDue(10);

        assertThat(first.uncertain()).isEqualTo(1);
        assertThat(second.reconciled()).isEqualTo(1);
        assertThat(stored(id).state()).isEqualTo(NoticeState.SENT);
        assertThat(gateway.sent).hasSize(1);
    }

    @Test
    void aLostAnswerThatCannotBeReconciledGoesToReviewAndIsNeverResent() {
        NoticeId id = accepted("c1", 2).orElseThrow();
        gateway.loseAnswer = true;
        gateway.canAnswerQueries = false;
        dispatcher.dispatchDue(10);
        clock.set(LocalDateTime.parse("2026-03-02T12:00:00"));
        dispatcher.dispatchDue(10);
        clock.set(LocalDateTime.parse("2026-03-03T12:00:00"));
        dispatcher.dispatchDue(10);

        assertThat(stored(id).state()).isEqualTo(NoticeState.REVIEW);
        assertThat(gateway.sent).hasSize(1);
    }

    /** A gateway whose faults the test switches: down, answer lost after accepting, no query. */
    private static final class ScriptedGateway implements SmsPort {
        boolean down;
        boolean loseAnswer;
        boolean canAnswerQueries = true;
        final List<OutgoingSms> sent = new java.util.ArrayList<>();
        final Map<String, String> byKey = new HashMap<>();

        @Override
        public SendOutcome send(OutgoingSms sms) {
            if (down) {
                return new SendOutcome.NotSent("connection refused");
            }
            if (!byKey.containsKey(sms.idempotencyKey())) {
                sent.add(sms);
                byKey.put(sms.idempotencyKey(), "m" + sent.size());
            }
            return loseAnswer ? new SendOutcome.Unknown("timeout") : new SendOutcome.Accepted(byKey.get(sms.idempotencyKey()));
        }

        @Override
        public Reconciliation query(String idempotencyKey, String messageId) {
            if (!canAnswerQueries) {
                return new Reconciliation.Unsupported("no query");
            }
            String id = byKey.get(idempotencyKey);
            return id == null ? new Reconciliation.NotReceived() : new Reconciliation.Received(id, null);
        }
    }

    private final class Suppressions implements SmsSuppressionRepository {
        @Override
        public boolean isSuppressed(String mobile) {
            return optedOut.contains(mobile);
        }

        @Override
        public void add(String mobile, String reason, java.time.Instant at) {
            optedOut.add(mobile);
        }

        @Override
        public void remove(String mobile) {
            optedOut.remove(mobile);
        }
    }
}
