package org.openhall.servicecase.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.BUSINESS_LICENCE;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.ID_CARD;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.MARKET_REGULATION;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.PUBLIC_SECURITY;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.ZONE;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.number;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.received;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.withVersion;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.CALENDAR;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.FULL_ITEM;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.ZHANG_SAN;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.LI_SI;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.approverOf;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.at;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.clerkOf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.network.domain.WindowCode;
import java.util.Map;
import java.util.UUID;

import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.servicecase.domain.Agent;
import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.DecisionOutcome;
import org.openhall.servicecase.domain.DeferredSupply;
import org.openhall.servicecase.domain.Delivery;
import org.openhall.servicecase.domain.SpecialProcedure;
import org.openhall.servicecase.domain.Submission;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.HallScope;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.money.Money;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.CaseTransition;
import org.openhall.servicecase.domain.MissingMaterial;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Extension;
import org.openhall.shared.domain.time.Pause;
import org.openhall.shared.domain.time.PauseKind;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * What every {@link ServiceCaseRepository} must do, whatever it stores cases in. A subclass hands
 * in an empty repository for each test.
 */
public abstract class ServiceCaseRepositoryContract {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDateTime MONDAY_MORNING = MONDAY.atTime(9, 30);

    private ServiceCaseRepository cases;

    /** An empty repository; called before each test. */
    protected abstract ServiceCaseRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        cases = emptyRepository();
    }

    @Test
    public void aNewCaseIsStoredAsVersionOneAndReadBackWithEveryField() {
        ServiceCase fresh = received(ID_CARD, number(MONDAY, 1), MONDAY_MORNING, Set.of("form", "hukou"));
        ServiceCaseSnapshot asSubmitted = fresh.snapshot();

        ServiceCase stored = cases.save(fresh);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.snapshot()).isEqualTo(withVersion(asSubmitted, 1));
        assertThat(cases.findById(fresh.getId())).map(ServiceCase::snapshot).contains(withVersion(asSubmitted, 1));
    }

    @Test
    public void theHallThatHoldsACaseIsStoredAndReadBack() {
        HallScope township = new HallScope("HS-LN", AdministrativeLevel.TOWNSHIP);
        ServiceCase atTownship = ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()), number(MONDAY, 1), ID_CARD,
                ZHANG_SAN, Set.of("form"), new Submission(SubmissionChannel.WINDOW, new WindowCode("LN-W01"), null, null),
                township, clerkOf(ID_CARD.department()), at(MONDAY_MORNING));
        ServiceCase atCity = received(ID_CARD, number(MONDAY, 2), MONDAY_MORNING);

        cases.save(atTownship);
        cases.save(atCity);

        assertThat(cases.findById(atTownship.getId()).orElseThrow().place()).isEqualTo(township);
        assertThat(cases.findById(atCity.getId()).orElseThrow().place()).isEqualTo(HallScope.CITY);
    }

    @Test
    public void casesAreFilteredByTheHallWhoseStaffActOnThem() {
        HallScope liannan = new HallScope("HS-LN", AdministrativeLevel.TOWNSHIP);
        HallScope gushan = new HallScope("HS-GS", AdministrativeLevel.TOWNSHIP);
        ServiceCase atLiannan = cases.save(heldAt(liannan, 1));
        ServiceCase atGushan = cases.save(heldAt(gushan, 2));
        ServiceCase atCity = cases.save(received(ID_CARD, number(MONDAY, 3), MONDAY_MORNING));
        PageRequest everything = new PageRequest(0, 50);

        assertThat(cases.findAll(CaseListFilter.all().handledAt(liannan), everything).content())
                .extracting(ServiceCase::getId).containsExactly(atLiannan.getId());
        assertThat(cases.findAll(CaseListFilter.all().handledAt(HallScope.CITY), everything).content())
                .extracting(ServiceCase::getId).containsExactly(atCity.getId());
        assertThat(cases.findAll(CaseListFilter.all().handledAt(new HallScope("HS-CITY", AdministrativeLevel.CITY)),
                everything).content()).extracting(ServiceCase::getId).containsExactly(atCity.getId());
        assertThat(cases.findAll(CaseListFilter.all(), everything).content()).hasSize(3);
        assertThat(atGushan.place()).isEqualTo(gushan);
    }

    private static ServiceCase heldAt(HallScope hall, int sequence) {
        return ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()), number(MONDAY, sequence), ID_CARD, ZHANG_SAN,
                Set.of("form"), new Submission(SubmissionChannel.WINDOW, null, null, null), hall,
                clerkOf(ID_CARD.department()), at(MONDAY_MORNING));
    }

    @Test
    public void everyStepOfACaseSurvivesStoringAndLoading() {
        ServiceCase serviceCase = cases.save(received(ID_CARD, number(MONDAY, 1), MONDAY_MORNING));

        serviceCase = reload(serviceCase);
        ServiceCaseFixtures.requestSupplement(serviceCase, ID_CARD, MONDAY.atTime(10, 0));
        ServiceCaseSnapshot noticed = cases.save(serviceCase).snapshot();
        assertThat(reload(serviceCase).snapshot()).isEqualTo(noticed);
        assertThat(noticed.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.submissionRound()).isEqualTo(1);
            assertThat(notice.issuedOn()).isEqualTo(MONDAY);
            assertThat(notice.items()).containsExactly(new MissingMaterial("photo", "近期免冠照片", null),
                    new MissingMaterial("form", "申请表", "缺少申请人签名"));
        });
        assertThat(noticed.providedMaterials()).isEmpty();

        serviceCase = reload(serviceCase);
        ServiceCaseFixtures.supplyAll(serviceCase, ID_CARD, MONDAY.plusDays(2).atTime(15, 0));
        ServiceCaseSnapshot supplied = cases.save(serviceCase).snapshot();
        assertThat(reload(serviceCase).snapshot()).isEqualTo(supplied);
        assertThat(supplied.providedMaterials()).containsExactlyInAnyOrder("form", "photo");
        assertThat(supplied.submissionRound()).isEqualTo(2);

        serviceCase = reload(serviceCase);
        ServiceCaseFixtures.accept(serviceCase, ID_CARD, MONDAY.plusDays(3).atTime(9, 0));
        ServiceCaseSnapshot accepted = cases.save(serviceCase).snapshot();
        assertThat(reload(serviceCase).snapshot()).isEqualTo(accepted);
        assertThat(accepted.statutoryClock()).isEqualTo(CaseClock.start(MONDAY.plusDays(3), TimeLimit.workingDays(20)));
        assertThat(accepted.promisedClock()).isEqualTo(CaseClock.start(MONDAY.plusDays(3), TimeLimit.workingDays(10)));

        serviceCase = reload(serviceCase);
        ServiceCaseFixtures.complete(serviceCase, ID_CARD, MONDAY.plusDays(7).atTime(16, 45));
        ServiceCaseSnapshot completed = cases.save(serviceCase).snapshot();
        assertThat(reload(serviceCase).snapshot()).isEqualTo(completed);
        assertThat(completed.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(completed.completedOn()).isEqualTo(MONDAY.plusDays(7));
        assertThat(completed.version()).isEqualTo(5);
    }

    @Test
    public void pausesAndExtensionsOfBothClocksSurviveStoringAndLoading() {
        LocalDate day0 = MONDAY;
        CaseClock statutory = CaseClock.start(day0, TimeLimit.workingDays(20))
                .withPause(Pause.closed(day0.plusDays(2), day0.plusDays(4), PauseKind.EXPERT_REVIEW, "《行政许可法》第四十五条"))
                .withPause(Pause.open(day0.plusDays(10), PauseKind.HEARING, "《行政许可法》第四十七条"))
                .withExtension(new Extension(10, "局长 王五", "需现场核查", day0.plusDays(8)), 10);
        CaseClock promised = CaseClock.start(day0, TimeLimit.calendarDays(15))
                .withPause(Pause.closed(day0.plusDays(1), day0.plusDays(1), PauseKind.SUPPLEMENT, "服务指南第三条"));
        ServiceCaseSnapshot submitted = received(ID_CARD, number(MONDAY, 1), MONDAY_MORNING, Set.of("form", "photo"))
                .snapshot();
        ServiceCaseSnapshot withClocks = new ServiceCaseSnapshot(submitted.id(), submitted.number(),
                submitted.itemCode(), submitted.itemVersion(), submitted.itemName(), submitted.department(),
                submitted.applicant(), CaseStatus.ACCEPTED, submitted.receivedAt(), submitted.receivedOn(),
                submitted.receivedBy(), new WindowCode("W01"), 1, submitted.roundReceivedOn(), submitted.providedMaterials(), List.of(), day0,
                statutory, promised, null, 2, 0);

        cases.save(ServiceCase.restore(withClocks));

        ServiceCaseSnapshot loaded = cases.findById(submitted.id()).orElseThrow().snapshot();
        assertThat(loaded.window()).isEqualTo(new WindowCode("W01"));
        assertThat(loaded.statutoryClock()).isEqualTo(statutory);
        assertThat(loaded.promisedClock()).isEqualTo(promised);
        assertThat(loaded).isEqualTo(withVersion(withClocks, 1));
    }

    @Test
    public void transitionsAreAppendedInTheOrderTheyHappenedAndNeverRewritten() {
        ServiceCase serviceCase = received(ID_CARD, number(MONDAY, 1), MONDAY_MORNING, Set.of("form", "photo"));
        ServiceCaseId id = serviceCase.getId();
        serviceCase = cases.save(serviceCase);
        List<CaseTransition> afterSubmit = cases.history(id);

        serviceCase = reload(serviceCase);
        ServiceCaseFixtures.accept(serviceCase, ID_CARD, MONDAY.atTime(11, 0));
        serviceCase = cases.save(serviceCase);
        serviceCase = reload(serviceCase);
        // The B post completes while the A post is away: the record says whose post was filled.
        serviceCase.complete(ServiceCaseFixtures.clerkOf(ID_CARD.department()).inPlaceOf("a.post"), "准予许可",
                ServiceCaseFixtures.CALENDAR, ServiceCaseFixtures.at(MONDAY.plusDays(1).atTime(8, 15)));
        cases.save(serviceCase);

        List<CaseTransition> history = cases.history(id);
        assertThat(history).extracting(CaseTransition::sequence).containsExactly(1, 2, 3);
        assertThat(history).extracting(CaseTransition::action)
                .containsExactly(CaseAction.SUBMIT, CaseAction.ACCEPT, CaseAction.COMPLETE);
        assertThat(history.get(0)).isEqualTo(afterSubmit.get(0));
        CaseTransition first = history.get(0);
        assertThat(first.caseId()).isEqualTo(id);
        assertThat(first.from()).isNull();
        assertThat(first.to()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(first.actor()).isEqualTo("clerk.hsga");
        assertThat(first.actorDepartment()).isEqualTo(PUBLIC_SECURITY.value());
        assertThat(first.at()).isEqualTo(MONDAY_MORNING.atZone(ZONE).toInstant());
        assertThat(first.note()).isEqualTo("2 material(s) received");
        CaseTransition last = history.get(2);
        assertThat(last.from()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(last.to()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(last.note()).as("the decision names its outcome").isEqualTo("APPROVED: 准予许可");
        assertThat(last.actingFor()).isEqualTo("a.post");
        assertThat(first.actingFor()).isNull();
    }

    @Test
    public void savingACaseThatChangedSinceItWasReadIsAConcurrentUpdateAndTheFirstChangeStays() {
        ServiceCase stored = cases.save(received(ID_CARD, number(MONDAY, 1), MONDAY_MORNING, Set.of("form", "photo")));
        ServiceCase atWindowOne = reload(stored);
        ServiceCase atWindowTwo = reload(stored);

        ServiceCaseFixtures.accept(atWindowOne, ID_CARD, MONDAY.atTime(10, 0));
        cases.save(atWindowOne);
        ServiceCaseFixtures.requestSupplement(atWindowTwo, ID_CARD, MONDAY.atTime(10, 1));

        assertThatThrownBy(() -> cases.save(atWindowTwo)).isInstanceOf(ConcurrentUpdate.class);
        ServiceCase now = reload(stored);
        assertThat(now.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.notices()).isEmpty();
        assertThat(cases.history(stored.getId())).extracting(CaseTransition::action)
                .containsExactly(CaseAction.SUBMIT, CaseAction.ACCEPT);
    }

    @Test
    public void storingTheSameNewCaseTwiceIsAConcurrentUpdate() {
        ServiceCase fresh = received(ID_CARD, number(MONDAY, 1), MONDAY_MORNING);
        ServiceCase again = ServiceCase.restore(fresh.snapshot());
        cases.save(fresh);

        assertThatThrownBy(() -> cases.save(again)).isInstanceOf(ConcurrentUpdate.class);
        assertThat(cases.history(fresh.getId())).hasSize(1);
    }

    @Test
    public void theVersionGrowsByOneWithEverySave() {
        ServiceCase serviceCase = cases.save(received(ID_CARD, number(MONDAY, 1), MONDAY_MORNING));
        ServiceCase again = cases.save(serviceCase);
        ServiceCase third = cases.save(again);

        assertThat(List.of(serviceCase.version(), again.version(), third.version())).containsExactly(1L, 2L, 3L);
        assertThat(reload(serviceCase).version()).isEqualTo(3);
    }

    @Test
    public void anUnknownCaseIsNotFoundAndHasNoHistory() {
        ServiceCaseId unknown = new ServiceCaseId(UUID.randomUUID());

        assertThat(cases.findById(unknown)).isEmpty();
        assertThat(cases.history(unknown)).isEmpty();
    }

    @Test
    public void casesAreListedNewestFirstAndPaged() {
        List<CaseNumber> oldestFirst = storeFiveCases();

        Page<ServiceCase> first = cases.findAll(CaseListFilter.all(), new PageRequest(0, 2));
        Page<ServiceCase> last = cases.findAll(CaseListFilter.all(), new PageRequest(2, 2));

        assertThat(first.content()).extracting(ServiceCase::number).containsExactly(oldestFirst.get(4),
                oldestFirst.get(3));
        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(last.content()).extracting(ServiceCase::number).containsExactly(oldestFirst.get(0));
        assertThat(cases.findAll(CaseListFilter.all(), new PageRequest(3, 2)).content()).isEmpty();
    }

    @Test
    public void casesAreFilteredByDepartmentAndStatus() {
        List<CaseNumber> oldestFirst = storeFiveCases();
        PageRequest everything = new PageRequest(0, 50);

        Page<ServiceCase> publicSecurity = cases.findAll(
                new CaseListFilter(Optional.empty(), Optional.of(PUBLIC_SECURITY)), everything);
        Page<ServiceCase> accepted = cases.findAll(
                new CaseListFilter(Optional.of(CaseStatus.ACCEPTED), Optional.empty()), everything);
        Page<ServiceCase> marketAccepted = cases.findAll(
                new CaseListFilter(Optional.of(CaseStatus.ACCEPTED), Optional.of(MARKET_REGULATION)), everything);
        Page<ServiceCase> noneCompleted = cases.findAll(
                new CaseListFilter(Optional.of(CaseStatus.COMPLETED), Optional.empty()), everything);

        assertThat(publicSecurity.content()).extracting(ServiceCase::number)
                .containsExactly(oldestFirst.get(4), oldestFirst.get(2), oldestFirst.get(0));
        assertThat(publicSecurity.totalElements()).isEqualTo(3);
        assertThat(accepted.content()).extracting(ServiceCase::number)
                .containsExactly(oldestFirst.get(3), oldestFirst.get(2));
        assertThat(marketAccepted.content()).extracting(ServiceCase::number).containsExactly(oldestFirst.get(3));
        assertThat(marketAccepted.totalElements()).isEqualTo(1);
        assertThat(noneCompleted.content()).isEmpty();
        assertThat(noneCompleted.totalElements()).isZero();
    }

    @Test
    public void casesAreFoundByTheApplicantsIdOrPhoneNumberExactly() {
        storeFiveCases();
        PageRequest everything = new PageRequest(0, 50);

        assertThat(cases.findAll(byApplicant(Optional.empty(), ZHANG_SAN.idNumber(), null), everything)
                .totalElements()).isEqualTo(5);
        assertThat(cases.findAll(byApplicant(Optional.of(PUBLIC_SECURITY), null, ZHANG_SAN.phone()), everything)
                .totalElements()).isEqualTo(3);
        assertThat(cases.findAll(byApplicant(Optional.empty(), ZHANG_SAN.idNumber(), LI_SI.phone()), everything)
                .content()).isEmpty();
        assertThat(cases.findAll(byApplicant(Optional.empty(), LI_SI.idNumber(), null), everything).content())
                .isEmpty();
    }

    private static CaseListFilter byApplicant(Optional<DepartmentCode> department, ResidentIdNumber idNumber,
            PhoneNumber phone) {
        return new CaseListFilter(Optional.empty(), department, Optional.ofNullable(idNumber),
                Optional.ofNullable(phone));
    }

    @Test
    public void listedCasesCarryTheirStoredVersion() {
        storeFiveCases();

        assertThat(cases.findAll(CaseListFilter.all(), new PageRequest(0, 10)).content())
                .extracting(ServiceCase::version).containsOnly(1L, 2L);
    }

    /**
     * Five cases received on different days, deliberately not stored in the order received:
     * public security on days 0, 2 (accepted) and 4; market regulation on days 1 and 3 (accepted).
     */
    private List<CaseNumber> storeFiveCases() {
        LocalDateTime[] receivedAt = new LocalDateTime[5];
        ServiceCase[] received = new ServiceCase[5];
        for (int i = 0; i < 5; i++) {
            receivedAt[i] = MONDAY_MORNING.plusDays(i).plusMinutes(i);
            var item = i % 2 == 0 ? ID_CARD : BUSINESS_LICENCE;
            received[i] = received(item, number(MONDAY.plusDays(i), 1), receivedAt[i], Set.of("form", "photo"));
        }
        for (int i : new int[] {3, 0, 4, 1, 2}) {
            ServiceCase stored = cases.save(received[i]);
            if (i == 2 || i == 3) {
                stored = reload(stored);
                ServiceCaseFixtures.accept(stored, i == 2 ? ID_CARD : BUSINESS_LICENCE, receivedAt[i].plusHours(1));
                cases.save(stored);
            }
        }
        return java.util.Arrays.stream(received).map(ServiceCase::number).toList();
    }

    private ServiceCase reload(ServiceCase serviceCase) {
        return cases.findById(serviceCase.getId()).orElseThrow();
    }

    @Test
    public void aCaseWalkedFromAgentReceiptToDeliveryWithFeesReadsBackTheSameAfterEveryStep() {
        ApprovalItem item = FULL_ITEM;
        Actor clerk = clerkOf(item.department());
        Actor approver = approverOf(item.department());
        Agent agent = new Agent(new PersonName("王代办"), new ResidentIdNumber("11010519491231002X"),
                new PhoneNumber("13907720002"), "HS-CUN-07");
        ServiceCase c = ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()), number(MONDAY, 7), item, ZHANG_SAN,
                Set.of("form"), new Submission(SubmissionChannel.AGENT, null, agent, null), clerk, at(MONDAY_MORNING));
        c = roundTrip(c);
        c.accept(item, new DeferredSupply(List.of("layout"), "承诺书 HS-CN-001", MONDAY.plusDays(7), null), clerk,
                CALENDAR, at(MONDAY_MORNING));
        c = roundTrip(c);
        c.completeStep(1, "材料齐全", clerk, CALENDAR, at(MONDAY.plusDays(1).atTime(10, 0)));
        c = roundTrip(c);
        c.pause(SpecialProcedure.EXPERT_REVIEW, "合市监告〔2026〕7号", MONDAY.plusDays(2), approver, CALENDAR,
                at(MONDAY.plusDays(2).atTime(10, 0)));
        c = roundTrip(c);
        assertThat(c.snapshot().promisedDueOn()).as("no due date while paused").isNull();
        c.resume(approver, CALENDAR, at(MONDAY.plusDays(3).atTime(10, 0)));
        c.extend(10, "局长 王五", "需补充检测", MONDAY.plusDays(3), approver, CALENDAR, at(MONDAY.plusDays(3).atTime(11, 0)));
        c.supplyMaterials(item, Set.of("layout"), clerk, at(MONDAY.plusDays(3).atTime(12, 0)));
        c.collectFees("HS-PJ-0001", Map.of("工本费", Money.yuan("10.00")), clerk, at(MONDAY.plusDays(3).atTime(13, 0)));
        c = roundTrip(c);
        c.completeStep(2, "符合条件", approver, CALENDAR, at(MONDAY.plusDays(4).atTime(10, 0)));
        c.completeStep(3, "核查合格", approver, CALENDAR, at(MONDAY.plusDays(4).atTime(11, 0)));
        c.decide(DecisionOutcome.APPROVED, null, "准予许可", approver, CALENDAR, at(MONDAY.plusDays(4).atTime(15, 0)));
        c = roundTrip(c);
        c.issueCertificate("JY14513810000001", clerk, at(MONDAY.plusDays(7).atTime(9, 0)));
        c.deliver(Delivery.pickup(MONDAY.plusDays(7), clerk.username(), "张三", true, true), clerk,
                at(MONDAY.plusDays(7).atTime(9, 30)));
        c.refundFees(Money.yuan("5.00"), "多收退还", clerk, at(MONDAY.plusDays(7).atTime(10, 0)));
        c = roundTrip(c);

        ServiceCaseSnapshot s = c.snapshot();
        assertThat(s.channel()).isEqualTo(SubmissionChannel.AGENT);
        assertThat(s.agent()).isEqualTo(agent);
        assertThat(s.steps()).allSatisfy(step -> assertThat(step.completed()).isTrue());
        assertThat(s.pauses()).singleElement().satisfies(p -> assertThat(p.to()).isEqualTo(MONDAY.plusDays(3)));
        assertThat(s.fees().refund().amount()).isEqualTo(Money.yuan("5.00"));
        assertThat(s.delivery().collectedBy()).isEqualTo("张三");
        assertThat(cases.history(s.id())).extracting(CaseTransition::sequence)
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, s.transitionCount()).boxed()
                        .toArray(Integer[]::new));
    }

    /** Stores the case and reads it back; what was read must equal what was stored. */
    private ServiceCase roundTrip(ServiceCase c) {
        ServiceCase stored = cases.save(c);
        ServiceCase loaded = cases.findById(c.getId()).orElseThrow();
        assertThat(loaded.snapshot()).isEqualTo(stored.snapshot());
        return loaded;
    }
}
