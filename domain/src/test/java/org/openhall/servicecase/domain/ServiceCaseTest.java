package org.openhall.servicecase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.openhall.servicecase.domain.event.CaseCompleted;
import org.openhall.servicecase.domain.event.CaseSubmitted;
import org.openhall.servicecase.domain.event.SupplementRequested;
import org.openhall.servicecase.domain.problem.CaseNotInExpectedState;
import org.openhall.servicecase.domain.problem.MaterialsIncomplete;
import org.openhall.servicecase.domain.problem.NoticePeriodExpired;
import org.openhall.servicecase.domain.problem.NothingToNotify;
import org.openhall.servicecase.domain.problem.OneTimeNoticeAlreadyIssued;
import org.openhall.servicecase.domain.problem.UnknownMaterial;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;

class ServiceCaseTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Actor CLERK = new Actor("clerk.scjg", Set.of(Role.CLERK), new DepartmentCode("SCJG"), "李明");
    private static final WorkingDayCalendar CALENDAR = NationalCalendars.china2025to2026();

    private final ApprovalItem item = ApprovalItems.foodBusinessLicence();

    private static Clock on(String date) {
        return Clock.fixed(LocalDate.parse(date).atTime(10, 0).atZone(CHINA).toInstant(), CHINA);
    }

    private ServiceCase submitted(String date, String... materials) {
        ServiceCase c = ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()), new CaseNumber("451381-20260916-00001"),
                item, new Applicant(new PersonName("张三"), new ResidentIdNumber("11010519491231002X"),
                        new PhoneNumber("13800138000")),
                Set.of(materials), CLERK, on(date));
        return c;
    }

    @Test
    void submissionRecordsTheEventAndTheFirstTransition() {
        ServiceCase c = submitted("2026-09-16", "APP");
        assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(c.pullEvents()).singleElement().isInstanceOf(CaseSubmitted.class);
        assertThat(c.pullTransitions()).singleElement()
                .satisfies(t -> {
                    assertThat(t.action()).isEqualTo(CaseAction.SUBMIT);
                    assertThat(t.actor()).isEqualTo("clerk.scjg");
                    assertThat(t.from()).isNull();
                });
    }

    @Test
    void materialsTheItemDoesNotListAreRefused() {
        assertThatThrownBy(() -> submitted("2026-09-16", "APP", "PASSPORT")).isInstanceOf(UnknownMaterial.class);
    }

    @Test
    void theOneTimeNoticeListsEveryMissingMandatoryMaterialAndTheDefectiveOnes() {
        ServiceCase c = submitted("2026-09-16", "APP", "LICENCE");
        OneTimeNotice notice = c.requestSupplement(item, Map.of("LICENCE", "复印件不清晰"), CLERK, CALENDAR,
                on("2026-09-16"));
        assertThat(notice.items()).extracting(MissingMaterial::code).containsExactly("LAYOUT", "RULES", "LICENCE");
        assertThat(notice.items().get(2).isDefective()).isTrue();
        assertThat(c.status()).isEqualTo(CaseStatus.SUPPLEMENT_REQUESTED);
        assertThat(c.providedMaterials()).as("a defective material must be handed in again").containsExactly("APP");
        assertThat(c.pullEvents()).last().isInstanceOf(SupplementRequested.class);
    }

    @Test
    void aSecondNoticeForTheSameSubmissionIsRefused() {
        ServiceCase c = submitted("2026-09-16", "APP");
        c.requestSupplement(item, Map.of(), CLERK, CALENDAR, on("2026-09-16"));
        assertThatThrownBy(() -> c.requestSupplement(item, Map.of(), CLERK, CALENDAR, on("2026-09-16")))
                .isInstanceOf(OneTimeNoticeAlreadyIssued.class);
    }

    @Test
    void afterSupplyingANewSubmissionRoundMayGetItsOwnNoticeButNotTwo() {
        ServiceCase c = submitted("2026-09-16", "APP");
        c.requestSupplement(item, Map.of(), CLERK, CALENDAR, on("2026-09-16"));
        c.supplyMaterials(item, Set.of("LICENCE", "LAYOUT"), CLERK, on("2026-09-17"));
        c.requestSupplement(item, Map.of(), CLERK, CALENDAR, on("2026-09-17"));
        assertThat(c.notices()).hasSize(2);
        assertThat(c.notices().get(1).items()).extracting(MissingMaterial::code).containsExactly("RULES");
    }

    @Test
    void aNoticeIsRefusedWhenNothingIsMissing() {
        ServiceCase c = submitted("2026-09-16", "APP", "LICENCE", "LAYOUT", "RULES");
        assertThatThrownBy(() -> c.requestSupplement(item, Map.of(), CLERK, CALENDAR, on("2026-09-16")))
                .isInstanceOf(NothingToNotify.class);
    }

    @Test
    void theNoticeIsDueWithinFiveWorkingDaysOfReceipt() {
        // Received Wed 2026-09-23: day 1 Thu 09-24, then 中秋 09-25..27, day 2 Mon 09-28, day 3 09-29,
        // day 4 09-30, 国庆 10-01..07, day 5 Thu 10-08.
        ServiceCase c = submitted("2026-09-23", "APP");
        assertThat(c.noticeDeadline(CALENDAR)).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThatThrownBy(() -> c.requestSupplement(item, Map.of(), CLERK, CALENDAR, on("2026-10-09")))
                .isInstanceOf(NoticePeriodExpired.class);
        c.requestSupplement(item, Map.of(), CLERK, CALENDAR, on("2026-10-08"));
        assertThat(c.status()).isEqualTo(CaseStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void acceptanceNeedsEveryMandatoryMaterial() {
        ServiceCase c = submitted("2026-09-18", "APP", "LICENCE", "LAYOUT");
        assertThatThrownBy(() -> c.accept(item, CLERK, CALENDAR, on("2026-09-18")))
                .isInstanceOf(MaterialsIncomplete.class)
                .hasMessageContaining("RULES");
        assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void acceptanceStartsBothClocksOnTheDayOfAcceptance() {
        ServiceCase c = submitted("2026-09-18", "APP", "LICENCE", "LAYOUT", "RULES", "PROXY");
        c.accept(item, CLERK, CALENDAR, on("2026-09-18"));
        CaseAccepted accepted = (CaseAccepted) c.pullEvents().getLast();
        // Worked by hand from the 2026 calendar: see CaseFlowIT.
        assertThat(accepted.statutoryDueDate()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(accepted.promisedDueDate()).isEqualTo(LocalDate.parse("2026-10-09"));
        assertThat(accepted.provisional()).isFalse();
        assertThat(c.statutoryClock()).get().extracting(k -> k.day0()).isEqualTo(LocalDate.parse("2026-09-18"));
    }

    @Test
    void completionRecordsWhetherThePromisedLimitWasKept() {
        ServiceCase onTime = submitted("2026-09-18", "APP", "LICENCE", "LAYOUT", "RULES");
        onTime.accept(item, CLERK, CALENDAR, on("2026-09-18"));
        onTime.complete(CLERK, null, CALENDAR, on("2026-10-09"));
        assertThat(((CaseCompleted) onTime.pullEvents().getLast()).withinPromisedLimit()).isTrue();

        ServiceCase late = submitted("2026-09-18", "APP", "LICENCE", "LAYOUT", "RULES");
        late.accept(item, CLERK, CALENDAR, on("2026-09-18"));
        // Overdue from the calendar day after the due date, even a Saturday.
        late.complete(CLERK, null, CALENDAR, on("2026-10-10"));
        CaseCompleted completed = (CaseCompleted) late.pullEvents().getLast();
        assertThat(completed.withinPromisedLimit()).isFalse();
        assertThat(completed.withinStatutoryLimit()).isTrue();
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        ServiceCase c = submitted("2026-09-18", "APP");
        assertThatThrownBy(() -> c.complete(CLERK, null, CALENDAR, on("2026-09-18")))
                .isInstanceOf(CaseNotInExpectedState.class);
        assertThatThrownBy(() -> c.supplyMaterials(item, Set.of("LICENCE"), CLERK, on("2026-09-18")))
                .isInstanceOf(CaseNotInExpectedState.class);
    }

    @Test
    void aRestoredCaseHasTheSameStateAndNoPendingEvents() {
        ServiceCase c = submitted("2026-09-18", "APP", "LICENCE", "LAYOUT", "RULES");
        c.accept(item, CLERK, CALENDAR, on("2026-09-18"));
        ServiceCase restored = ServiceCase.restore(c.snapshot());
        assertThat(restored.snapshot()).isEqualTo(c.snapshot());
        assertThat(restored.pullEvents()).isEmpty();
        assertThat(restored.pullTransitions()).isEmpty();
    }
}
