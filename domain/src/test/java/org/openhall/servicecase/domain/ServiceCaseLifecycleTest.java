package org.openhall.servicecase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemVersionId;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.openhall.servicecase.domain.event.CaseClockResumed;
import org.openhall.servicecase.domain.event.CaseDeadlineExtended;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.servicecase.domain.event.CaseRefused;
import org.openhall.servicecase.domain.event.CaseStepStarted;
import org.openhall.servicecase.domain.event.CaseSubmitted;
import org.openhall.servicecase.domain.event.CertificateIssued;
import org.openhall.servicecase.domain.event.FeeCollected;
import org.openhall.servicecase.domain.problem.CaseClockPaused;
import org.openhall.servicecase.domain.problem.CaseNotInExpectedState;
import org.openhall.servicecase.domain.problem.DeferredSupplyTooLate;
import org.openhall.servicecase.domain.problem.ExtensionAlreadyGranted;
import org.openhall.servicecase.domain.problem.FeeConflict;
import org.openhall.servicecase.domain.problem.FeeNotInCatalog;
import org.openhall.servicecase.domain.problem.MaterialNotDeferrable;
import org.openhall.servicecase.domain.problem.StepNotCurrent;
import org.openhall.servicecase.domain.problem.StepRoleRequired;
import org.openhall.servicecase.domain.problem.StepsPending;
import org.openhall.shared.domain.ExtensionCapExceeded;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.money.Money;

/** The lifecycle after receipt, worked on 2026 dates around 中秋 and 国庆 and their make-up days. */
class ServiceCaseLifecycleTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DepartmentCode SCJG = new DepartmentCode("SCJG");
    private static final Actor CLERK = new Actor("clerk.scjg", Set.of(Role.CLERK), SCJG, "李明");
    private static final Actor APPROVER = new Actor("approver.scjg", Set.of(Role.DEPARTMENT_APPROVER), SCJG, "王芳");
    private static final Actor SYSTEM = new Actor("system", Set.of(Role.ADMINISTRATOR), null, "系统");
    private static final WorkingDayCalendar CALENDAR = NationalCalendars.china2025to2026();
    private static final Applicant ZHANG_SAN = new Applicant(new PersonName("张三"),
            new ResidentIdNumber("11010519491231002X"), new PhoneNumber("13800138000"));

    /** 食品经营许可 without steps or fees: the clocks alone. */
    private final ApprovalItem plain = ApprovalItems.foodBusinessLicence();

    /** The full guide: steps 受理 (window, 1), 审查 (7), 现场核查 (special, 10), 决定 (2); LAYOUT may come later. */
    private final ApprovalItem full = withFee(ApprovalItems.foodBusinessLicenceContent());

    private static ApprovalItem withFee(ItemContent c) {
        ItemContent priced = new ItemContent(c.nationalCode(), c.name(), c.kind(), c.applicantTypes(), c.department(),
                c.implementingBody(), c.level(), c.legalBases(), c.conditions(), c.materials(), c.approvalStandards(),
                c.resultDocuments(), c.procedure(), c.statutoryLimit(), c.promisedLimit(),
                List.of(ApprovalItems.certificateFee()), c.deliveryMethods(), c.windowAuthority(), c.maxVisits(),
                c.onlineAvailable(), c.keywords());
        return ApprovalItem.publish(new ApprovalItemVersionId(ApprovalItems.FOOD_BUSINESS_LICENCE, 2), priced,
                ApprovalItem.SINCE_EVER);
    }

    private static Clock on(String date) {
        return Clock.fixed(LocalDate.parse(date).atTime(10, 0).atZone(CHINA).toInstant(), CHINA);
    }

    private static ServiceCase received(ApprovalItem item, String date, String... materials) {
        return ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()), new CaseNumber("451381-20260916-00001"), item,
                ZHANG_SAN, Set.of(materials), CLERK, on(date));
    }

    private static <E> E last(ServiceCase c, Class<E> type) {
        return c.pullEvents().stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aReceiptWithoutNoticeIsStillInTimeOnTheFifthWorkingDayAndDeemedAcceptedOnTheSixth() {
        // Received Wed 09-16: 09-17 (1), 09-18 (2), Sun 09-20 make-up (3), 09-21 (4), 09-22 (5).
        ServiceCase c = received(plain, "2026-09-16", "APP");
        assertThat(c.noticeDeadline(CALENDAR)).isEqualTo(LocalDate.parse("2026-09-22"));
        assertThatThrownBy(() -> c.deemAccepted(plain, SYSTEM, CALENDAR, on("2026-09-22")))
                .isInstanceOf(CaseNotInExpectedState.class);
        assertThat(ServiceCase.lastReceiptDeemedAcceptedBy(LocalDate.parse("2026-09-22"), CALENDAR))
                .isBefore(LocalDate.parse("2026-09-16"));
        assertThat(ServiceCase.lastReceiptDeemedAcceptedBy(LocalDate.parse("2026-09-23"), CALENDAR))
                .isEqualTo(LocalDate.parse("2026-09-16"));

        c.deemAccepted(plain, SYSTEM, CALENDAR, on("2026-09-23"));

        CaseAccepted accepted = last(c, CaseAccepted.class);
        assertThat(accepted.deemed()).isTrue();
        assertThat(accepted.actor()).isEqualTo("system");
        assertThat(accepted.acceptedOn()).as("accepted on the day of receipt").isEqualTo(LocalDate.parse("2026-09-16"));
        assertThat(accepted.promisedDueDate()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(accepted.statutoryDueDate()).isEqualTo(LocalDate.parse("2026-10-20"));
        assertThat(c.pullTransitions()).last().extracting(CaseTransition::action).isEqualTo(CaseAction.DEEM_ACCEPTED);
    }

    @Test
    void aSpecialProcedureOverMidAutumnAndAnExtensionOverNationalDayMoveBothDueDates() {
        ServiceCase c = received(plain, "2026-09-18", "APP", "LICENCE", "LAYOUT", "RULES");
        c.accept(plain, CLERK, CALENDAR, on("2026-09-18"));
        // Promised due 10-09, statutory due 10-22 (see ServiceCaseTest).
        c.pause(SpecialProcedure.EXPERT_REVIEW, "合市监告〔2026〕7号", LocalDate.parse("2026-09-23"), APPROVER, CALENDAR,
                on("2026-09-23"));
        assertThat(c.snapshot().promisedDueOn()).as("no due date while the clocks stand still").isNull();
        assertThatThrownBy(() -> c.decide(DecisionOutcome.APPROVED, null, null, APPROVER, CALENDAR, on("2026-09-24")))
                .isInstanceOf(CaseClockPaused.class);

        c.resume(APPROVER, CALENDAR, on("2026-09-29"));
        // Paused working days 09-23, 09-24, 09-28, 09-29 (09-25..27 are holidays): four.
        CaseClockResumed resumed = last(c, CaseClockResumed.class);
        assertThat(resumed.promisedDueDate()).as("10-09 + 4: Sat 10-10 (make-up), 10-12, 10-13, 10-14")
                .isEqualTo(LocalDate.parse("2026-10-14"));
        assertThat(resumed.statutoryDueDate()).isEqualTo(LocalDate.parse("2026-10-28"));

        c.extend(10, "局长 王五", "需补充检测", LocalDate.parse("2026-09-30"), APPROVER, CALENDAR, on("2026-09-30"));
        CaseDeadlineExtended extended = last(c, CaseDeadlineExtended.class);
        assertThat(extended.promisedDueDate()).isEqualTo(LocalDate.parse("2026-10-28"));
        assertThat(extended.statutoryDueDate()).as("10-28 + 10 working days").isEqualTo(LocalDate.parse("2026-11-11"));
        assertThat(c.snapshot().statutoryDueOn()).isEqualTo(LocalDate.parse("2026-11-11"));

        assertThatThrownBy(() -> c.extend(5, "局长 王五", "再延", LocalDate.parse("2026-10-08"), APPROVER, CALENDAR,
                on("2026-10-08"))).isInstanceOf(ExtensionAlreadyGranted.class);
    }

    @Test
    void anExtensionBeyondTenWorkingDaysOrWithoutTheApplicantToldIsRefused() {
        ServiceCase c = received(plain, "2026-09-18", "APP", "LICENCE", "LAYOUT", "RULES");
        c.accept(plain, CLERK, CALENDAR, on("2026-09-18"));
        assertThatThrownBy(() -> c.extend(11, "局长", "理由", LocalDate.parse("2026-09-21"), APPROVER, CALENDAR,
                on("2026-09-21"))).isInstanceOf(ExtensionCapExceeded.class);
        assertThatThrownBy(() -> c.extend(10, "局长", "理由", null, APPROVER, CALENDAR, on("2026-09-21")))
                .isInstanceOfSatisfying(InvalidValue.class, p -> assertThat(p.field()).isEqualTo("applicantToldOn"));
        assertThatThrownBy(() -> c.extend(10, " ", "理由", LocalDate.parse("2026-09-21"), APPROVER, CALENDAR,
                on("2026-09-21"))).isInstanceOfSatisfying(InvalidValue.class,
                        p -> assertThat(p.field()).isEqualTo("approvedBy"));
    }

    @Test
    void theStepsAreWalkedInOrderByTheirRolesAndTheDecisionWaitsForTheLast() {
        ServiceCase c = received(full, "2026-09-18", "APP");
        c.accept(full, new DeferredSupply(List.of("LAYOUT"), "承诺书 CN-1", LocalDate.parse("2026-09-30"), null), CLERK,
                CALENDAR, on("2026-09-18"));
        CaseStepStarted first = last(c, CaseStepStarted.class);
        assertThat(first.stepPosition()).isEqualTo(1);
        assertThat(first.dueOn()).as("one working day after Fri 09-18: Sun 09-20 (make-up)")
                .isEqualTo(LocalDate.parse("2026-09-20"));
        assertThatThrownBy(() -> c.completeStep(1, "受理", APPROVER, CALENDAR, on("2026-09-18")))
                .isInstanceOf(StepRoleRequired.class);
        assertThatThrownBy(() -> c.completeStep(2, "审查", CLERK, CALENDAR, on("2026-09-18")))
                .isInstanceOf(StepNotCurrent.class);
        assertThatThrownBy(() -> c.completeStep(1, " ", CLERK, CALENDAR, on("2026-09-18")))
                .isInstanceOf(InvalidValue.class);
        c.completeStep(1, "材料齐全，容缺受理", CLERK, CALENDAR, on("2026-09-18"));
        assertThat(c.snapshot().currentStep()).get().extracting(CaseStep::requiredRole)
                .isEqualTo(Role.DEPARTMENT_APPROVER);
        assertThatThrownBy(() -> c.decide(DecisionOutcome.APPROVED, null, null, APPROVER, CALENDAR, on("2026-09-21")))
                .isInstanceOf(StepsPending.class);
        c.completeStep(2, "符合条件", APPROVER, CALENDAR, on("2026-09-21"));
        c.completeStep(3, "核查合格", APPROVER, CALENDAR, on("2026-09-22"));
        c.completeStep(4, "准予许可", APPROVER, CALENDAR, on("2026-09-22"));
        c.decide(DecisionOutcome.APPROVED, null, null, APPROVER, CALENDAR, on("2026-09-22"));
        assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
        // Art. 44: ten working days from Tue 09-22: 09-23, 24, 28, 29, 30, 10-08, 09, Sat 10-10, 12, 13.
        assertThat(c.snapshot().decision().certificateDueDate()).isEqualTo(LocalDate.parse("2026-10-13"));

        c.issueCertificate("JY14513810000001", CLERK, on("2026-10-14"));
        assertThat(last(c, CertificateIssued.class).withinLimit()).as("a day after the Art. 44 limit").isFalse();
        c.deliver(Delivery.mail(LocalDate.parse("2026-10-14"), "clerk.scjg", "EMS", "1190000000001"), CLERK,
                on("2026-10-14"));
        assertThatThrownBy(() -> c.deliver(Delivery.mail(LocalDate.parse("2026-10-14"), "clerk.scjg", "EMS", "2"),
                CLERK, on("2026-10-14"))).isInstanceOf(CaseNotInExpectedState.class);
    }

    @Test
    void deferredMaterialsMustBeSuppliableLaterAndDueByThePromisedDate() {
        ServiceCase c = received(full, "2026-09-18");
        assertThatThrownBy(() -> c.accept(full, new DeferredSupply(List.of("APP", "LAYOUT"), "承诺书",
                LocalDate.parse("2026-09-30"), null), CLERK, CALENDAR, on("2026-09-18")))
                .isInstanceOf(MaterialNotDeferrable.class);
        ServiceCase d = received(full, "2026-09-18", "APP");
        // Promised 10 working days from 09-18 end on 10-09.
        assertThatThrownBy(() -> d.accept(full, new DeferredSupply(List.of("LAYOUT"), "承诺书",
                LocalDate.parse("2026-10-10"), null), CLERK, CALENDAR, on("2026-09-18")))
                .isInstanceOfSatisfying(DeferredSupplyTooLate.class,
                        p -> assertThat(p.details()).containsEntry("field", "supplyBy"));
        d.accept(full, new DeferredSupply(List.of("LAYOUT"), "承诺书", LocalDate.parse("2026-10-09"), null), CLERK,
                CALENDAR, on("2026-09-18"));
        d.supplyMaterials(full, Set.of("LAYOUT"), CLERK, on("2026-09-25"));
        assertThat(d.snapshot().deferredSupply().suppliedOn()).isEqualTo(LocalDate.parse("2026-09-25"));
    }

    @Test
    void feesAreCollectedOnceFromTheCatalogAndRefundedOnce() {
        ServiceCase c = received(full, "2026-09-18", "APP", "LAYOUT");
        c.accept(full, CLERK, CALENDAR, on("2026-09-18"));
        assertThatThrownBy(() -> c.collectFees("R1", Map.of("加急费", Money.yuan("50.00")), CLERK, on("2026-09-18")))
                .isInstanceOf(FeeNotInCatalog.class);
        c.collectFees("R1", Map.of("工本费", Money.yuan("10.00")), CLERK, on("2026-09-18"));
        FeeCollected collected = last(c, FeeCollected.class);
        assertThat(collected.amount()).isEqualByComparingTo("10.00");
        assertThat(collected.catalogAmount()).isEqualByComparingTo("10.00");
        assertThatThrownBy(() -> c.collectFees("R2", Map.of("工本费", Money.yuan("10.00")), CLERK, on("2026-09-18")))
                .isInstanceOfSatisfying(FeeConflict.class, p -> assertThat(p.code()).isEqualTo("case.fee-already-collected"));
        assertThatThrownBy(() -> c.waiveFee("工本费", "困难群众", CLERK, on("2026-09-18"))).isInstanceOf(FeeConflict.class);
        assertThatThrownBy(() -> c.refundFees(Money.yuan("20.00"), "多收", CLERK, on("2026-09-18")))
                .isInstanceOfSatisfying(InvalidValue.class, p -> assertThat(p.field()).isEqualTo("amount"));
        c.refundFees(Money.yuan("10.00"), "申请人撤回", CLERK, on("2026-09-18"));
        assertThatThrownBy(() -> c.refundFees(Money.yuan("1.00"), "again", CLERK, on("2026-09-18")))
                .isInstanceOf(FeeConflict.class);
    }

    @Test
    void anAgentSubmissionRecordsTheAgentAndTheChannel() {
        Agent agent = new Agent(new PersonName("王代办"), new ResidentIdNumber("11010519491231002X"),
                new PhoneNumber("13907720002"), "HS-CUN-07");
        ServiceCase c = ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()), new CaseNumber("451381-20260916-00002"),
                plain, ZHANG_SAN, Set.of("APP"), new Submission(SubmissionChannel.AGENT, null, agent, null), CLERK,
                on("2026-09-16"));
        assertThat(last(c, CaseSubmitted.class).channel()).isEqualTo("AGENT");
        assertThat(c.snapshot().agent()).isEqualTo(agent);
        assertThatThrownBy(() -> new Submission(SubmissionChannel.AGENT, null, null, null))
                .isInstanceOfSatisfying(InvalidValue.class, p -> assertThat(p.field()).isEqualTo("agent"));
    }

    @Test
    void aRefusalNeedsBasisAndReasonClosesTheCaseAndNothingFollowsIt() {
        ServiceCase c = received(plain, "2026-09-16", "APP");
        assertThatThrownBy(() -> c.refuse(" ", "不属于本机关职权", CLERK, on("2026-09-16")))
                .isInstanceOfSatisfying(InvalidValue.class, p -> assertThat(p.field()).isEqualTo("legalBasis"));
        c.refuse("《行政许可法》第三十二条第一款第二项", "不属于本机关职权范围", CLERK, on("2026-09-16"));
        assertThat(c.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(last(c, CaseRefused.class).reason()).isEqualTo("不属于本机关职权范围");
        assertThatThrownBy(() -> c.accept(plain, CLERK, CALENDAR, on("2026-09-16")))
                .isInstanceOf(CaseNotInExpectedState.class);
        assertThatThrownBy(() -> c.withdraw("不办了", CLERK, on("2026-09-16")))
                .isInstanceOfSatisfying(CaseNotInExpectedState.class,
                        p -> assertThat(p.code()).isEqualTo("case.not-in-expected-state"));
    }

    @Test
    void everyEventCarriesTheNumberOfItsTransition() {
        ServiceCase c = received(full, "2026-09-18", "APP", "LAYOUT");
        c.accept(full, CLERK, CALENDAR, on("2026-09-18"));
        c.completeStep(1, "受理", CLERK, CALENDAR, on("2026-09-18"));
        c.withdraw("申请人书面撤回", CLERK, on("2026-09-19"));
        List<Integer> sequences = c.pullEvents().stream().map(e -> ((CaseEvent) e).sequence()).toList();
        List<Integer> transitions = c.pullTransitions().stream().map(CaseTransition::sequence).toList();
        assertThat(sequences).isEqualTo(transitions).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(c.snapshot().promisedDueOn()).isNull();
    }
}
