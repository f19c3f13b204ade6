package org.openhall.disclosure.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.disclosure.domain.DisclosureSamples.COMPANY;
import static org.openhall.disclosure.domain.DisclosureSamples.HESHAN;
import static org.openhall.disclosure.domain.DisclosureSamples.OFFICER;
import static org.openhall.disclosure.domain.DisclosureSamples.ZHANG_SAN;
import static org.openhall.disclosure.domain.DisclosureSamples.clockOn;
import static org.openhall.disclosure.domain.DisclosureSamples.registered;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.disclosure.application.port.in.DisclosureRequestFilter;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.request.ChallengeKind;
import org.openhall.disclosure.domain.request.ChallengeOutcome;
import org.openhall.disclosure.domain.request.DeliveryMode;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.disclosure.domain.request.ExcessiveHandling;
import org.openhall.disclosure.domain.request.FeeScale;
import org.openhall.disclosure.domain.request.IntakeChannel;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.ReplyType;
import org.openhall.disclosure.domain.request.RequestStatus;
import org.openhall.disclosure.domain.request.ThirdPartyOpinion;
import org.openhall.disclosure.domain.request.WithholdingGround;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.time.SettableClock;

/** What every {@link DisclosureRequestRepository} must do, whatever it stores requests in. */
public abstract class DisclosureRequestRepositoryContract {

    private final SettableClock clock = clockOn("2026-09-18");
    private DisclosureRequestRepository requests;

    /** An empty repository; called before each test. */
    protected abstract DisclosureRequestRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        requests = emptyRepository();
    }

    private DisclosureRequest reload(DisclosureRequest request) {
        return requests.findById(request.getId()).orElseThrow();
    }

    private void assertReadBackEqualsStored(DisclosureRequest stored) {
        assertThat(reload(stored).snapshot()).isEqualTo(stored.snapshot());
    }

    @Test
    public void everyStepOfARequestSurvivesStoringAndLoading() {
        DisclosureRequest request = requests.save(registered(ZHANG_SAN, IntakeChannel.ONLINE, "2026-09-18", clock));
        assertThat(request.version()).isEqualTo(1);
        assertReadBackEqualsStored(request);

        request = reload(request);
        request.confirmReceipt(LocalDate.parse("2026-09-18"), OFFICER, HESHAN, clock);
        clock.setDate("2026-09-21");
        request.requestCorrection(List.of("请明确年份", "请明确地点"), LocalDate.parse("2026-10-09"), OFFICER, HESHAN, clock);
        request = requests.save(request);
        assertReadBackEqualsStored(request);

        request = reload(request);
        clock.setDate("2026-09-22");
        request.receiveCorrection(OFFICER, HESHAN, clock);
        clock.setDate("2026-09-23");
        request.consultThirdParty("合山市某某建材有限公司", OFFICER, HESHAN, clock);
        request = requests.save(request);
        assertReadBackEqualsStored(request);
        assertThat(reload(request).replyClock().orElseThrow().openPause()).isPresent();

        request = reload(request);
        clock.setDate("2026-10-09");
        request.recordOpinion(ThirdPartyOpinion.OBJECTS, OFFICER, clock);
        request.extend(15, "办公室主任 黄某", "需调取档案", LocalDate.parse("2026-10-09"), OFFICER, HESHAN, clock);
        request.assessFee(FeeScale.PER_PAGE, 120, OFFICER, clock);
        request.reply(new ReplyContent(ReplyType.EXCESSIVE, null, null, null, null, "数量明显超过合理范围", null, null, null,
                null, null, ExcessiveHandling.DEFERRED, LocalDate.parse("2026-12-15")), OFFICER, HESHAN, clock);
        request = requests.save(request);
        assertReadBackEqualsStored(request);

        request = reload(request);
        clock.setDate("2026-12-01");
        request.reply(new ReplyContent(ReplyType.PARTIALLY_DISCLOSED, null, DeliveryMode.BY_ARRANGEMENT,
                "请于12月8日到政务服务中心3号窗口领取", WithholdingGround.THIRD_PARTY_RIGHTS, "涉及第三方商业秘密",
                "《政府信息公开条例》第十五条", null, null, null, null, null, null), OFFICER, HESHAN, clock);
        request.recordChallenge(ChallengeKind.RECONSIDERATION, LocalDate.parse("2026-12-01"), OFFICER, clock);
        request.decideChallenge(1, ChallengeOutcome.CORRECTED, LocalDate.parse("2026-12-01"), OFFICER, clock);
        request.recordChallenge(ChallengeKind.LITIGATION, LocalDate.parse("2026-12-01"), OFFICER, clock);
        request = requests.save(request);
        assertReadBackEqualsStored(request);
        assertThat(request.status()).isEqualTo(RequestStatus.REPLIED);
        assertThat(request.version()).isEqualTo(5);
        assertThat(request.snapshot().deferral().deferredUntil()).isEqualTo(LocalDate.parse("2026-12-15"));
    }

    @Test
    public void aWithdrawnRequestSurvivesStoringAndLoading() {
        DisclosureRequest request = registered(ZHANG_SAN, IntakeChannel.REGISTERED_POST, "2026-09-18", clock);
        request.withdraw("申请人已另行获取", OFFICER, clock);

        assertReadBackEqualsStored(requests.save(request));
    }

    @Test
    public void theAuditTrailIsAppendedInOrderAndNeverRewritten() {
        DisclosureRequest request = requests.save(registered(ZHANG_SAN, IntakeChannel.IN_PERSON, "2026-09-18", clock));
        request = reload(request);
        request.reply(new ReplyContent(ReplyType.DOES_NOT_EXIST, null, null, null, null, "经检索未找到", null, null, null,
                null, null, null, null), OFFICER, HESHAN, clock);
        requests.save(request);

        List<AuditRecord> history = requests.history(request.getId());
        assertThat(history).extracting(AuditRecord::sequence).containsExactly(1, 2, 3);
        assertThat(history).extracting(AuditRecord::action).containsExactly("REGISTER", "RECEIVE", "REPLY");
        assertThat(history.getFirst().actor()).isEqualTo(OFFICER.username());
        assertThat(history.getFirst().at()).isEqualTo(request.snapshot().submittedAt());
    }

    @Test
    public void savingARequestThatChangedSinceItWasReadIsAConcurrentUpdateAndTheFirstChangeStays() {
        DisclosureRequest stored = requests.save(registered(ZHANG_SAN, IntakeChannel.IN_PERSON, "2026-09-18", clock));
        DisclosureRequest first = reload(stored);
        DisclosureRequest second = reload(stored);
        first.withdraw("申请人撤回", OFFICER, clock);
        requests.save(first);
        second.consultThirdParty("某公司", OFFICER, HESHAN, clock);

        assertThatThrownBy(() -> requests.save(second)).isInstanceOf(ConcurrentUpdate.class);
        assertThat(reload(stored).status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(requests.history(stored.getId())).extracting(AuditRecord::action)
                .containsExactly("REGISTER", "RECEIVE", "WITHDRAW");
    }

    @Test
    public void anUnknownRequestIsNotFound() {
        assertThat(requests.findById(new DisclosureRequestId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void requestsAreListedNewestFirstFilteredByStatusAndPaged() {
        DisclosureRequest older = requests.save(registered(ZHANG_SAN, IntakeChannel.IN_PERSON, "2026-09-16", clock));
        DisclosureRequest middle = requests.save(registered(COMPANY, IntakeChannel.FAX, "2026-09-17", clock));
        DisclosureRequest newest = requests.save(registered(ZHANG_SAN, IntakeChannel.IN_PERSON, "2026-09-18", clock));

        assertThat(requests.findAll(DisclosureRequestFilter.all(), new PageRequest(0, 2)).content())
                .extracting(DisclosureRequest::getId).containsExactly(newest.getId(), middle.getId());
        assertThat(requests.findAll(DisclosureRequestFilter.all(), new PageRequest(1, 2)).totalElements()).isEqualTo(3);
        assertThat(requests.findAll(new DisclosureRequestFilter(Optional.of(RequestStatus.AWAITING_CONFIRMATION)),
                new PageRequest(0, 10)).content()).extracting(DisclosureRequest::getId).containsExactly(middle.getId());
        assertThat(requests.findRunning()).extracting(DisclosureRequest::getId)
                .containsExactlyInAnyOrder(older.getId(), newest.getId());
    }

    @Test
    public void anApplicantsRequestsAreFoundByTheDayOfReceipt() {
        DisclosureRequest september = requests.save(registered(ZHANG_SAN, IntakeChannel.IN_PERSON, "2026-09-30", clock));
        requests.save(registered(ZHANG_SAN, IntakeChannel.IN_PERSON, "2026-10-08", clock));
        requests.save(registered(COMPANY, IntakeChannel.IN_PERSON, "2026-09-18", clock));
        requests.save(registered(ZHANG_SAN, IntakeChannel.ORDINARY_LETTER, "2026-09-21", clock));

        assertThat(requests.findReceivedFrom(ZHANG_SAN.identifier(), LocalDate.parse("2026-09-01"),
                LocalDate.parse("2026-09-30"))).extracting(DisclosureRequest::getId).containsExactly(september.getId());
        assertThat(requests.findArrivedUpTo(LocalDate.parse("2026-09-30"))).hasSize(3);
    }
}
