package org.openhall.servicecase.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.FULL_ITEM;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.MARKET_REGULATION;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.ZHANG_SAN;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.approverOf;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.clerkOf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.out.InMemoryApprovalItemRepository;
import org.openhall.catalog.application.service.CatalogService;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.AcceptCaseCommand;
import org.openhall.servicecase.application.port.in.CaseCountsView;
import org.openhall.servicecase.application.port.in.CaseQueueFilter;
import org.openhall.servicecase.application.port.in.CaseQueueRowView;
import org.openhall.servicecase.application.port.in.CompleteCaseStepCommand;
import org.openhall.servicecase.application.port.in.PauseCaseCommand;
import org.openhall.servicecase.application.port.in.QueueDeadline;
import org.openhall.servicecase.application.port.in.QueuePost;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.out.InMemoryCaseNumberSequence;
import org.openhall.servicecase.application.port.out.InMemoryCaseQueue;
import org.openhall.servicecase.application.port.out.InMemoryServiceCaseRepository;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.SpecialProcedure;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.time.SettableClock;

/**
 * Work queues over in-memory cases around the 2026 National Day holiday (10-01..07 off, 10-10 a
 * make-up Saturday): four cases at one window, received or accepted on Monday 2026-09-28 but for one
 * accepted on 09-24 and paused since.
 */
class CaseQueueServiceTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Actor CLERK = clerkOf(MARKET_REGULATION);
    private static final Actor CLERK_B = new Actor("clerk.scjg.b", Set.of(Role.CLERK), MARKET_REGULATION, "赵敏");
    private static final Actor APPROVER = approverOf(MARKET_REGULATION);
    private static final Actor OTHER_CLERK = new Actor("clerk.wsjk", Set.of(Role.CLERK), new DepartmentCode("WSJK"),
            "王芳");
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "韦强");
    private static final WindowCode WINDOW = new WindowCode("SCJG-W1");
    private static final PageRequest PAGE = new PageRequest(0, 20);

    private final InMemoryServiceCaseRepository cases = new InMemoryServiceCaseRepository();
    private final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-09-28").atTime(9, 0));
    private final ScriptedDuties duties = new ScriptedDuties();
    private ServiceCaseService intake;
    private CaseLifecycleService lifecycle;
    private CaseQueueService queues;

    private String stepDue;
    private String received;
    private String atApprover;
    private String paused;

    @BeforeEach
    void wire() {
        InMemoryApprovalItemRepository items = new InMemoryApprovalItemRepository();
        items.add(FULL_ITEM);
        CalendarService calendars = new CalendarService(new InMemoryCalendarYearRepository(),
                CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2025());
        calendars.importYear(NationalCalendars.heshan2026());
        CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
        CatalogService catalog = new CatalogService(items, centre, clock);
        duties.window(WINDOW.value(), CLERK.username(), CLERK_B.username());
        intake = new ServiceCaseService(cases, new InMemoryCaseNumberSequence(), catalog, calendars, e -> { },
                duties, centre, clock);
        lifecycle = new CaseLifecycleService(cases, catalog, calendars, e -> { }, duties, centre, clock);
        queues = new CaseQueueService(new InMemoryCaseQueue(cases), duties, calendars, centre, clock);

        // Accepted before the Mid-autumn holiday, paused for an inspection on 09-28.
        clock.set(LocalDate.parse("2026-09-24").atTime(9, 0));
        paused = accepted();
        clock.set(LocalDate.parse("2026-09-28").atTime(9, 0));
        lifecycle.pause(new PauseCaseCommand(APPROVER, id(paused), SpecialProcedure.INSPECTION, "合市监特告〔2026〕1号",
                LocalDate.parse("2026-09-28")));
        atApprover = accepted();
        lifecycle.completeStep(new CompleteCaseStepCommand(CLERK, id(atApprover), 1, "材料齐全"));
        received = submit();
        stepDue = accepted();
    }

    private String submit() {
        return intake.submit(new SubmitApplicationCommand(CLERK, FULL_ITEM.code(), ZHANG_SAN, Set.of("form", "layout"),
                WINDOW)).id();
    }

    private String accepted() {
        String id = submit();
        intake.accept(new AcceptCaseCommand(CLERK, id(id)));
        return id;
    }

    private static ServiceCaseId id(String id) {
        return new ServiceCaseId(UUID.fromString(id));
    }

    private static CaseQueueFilter overdueOnly() {
        return new CaseQueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.empty(),
                Optional.empty());
    }

    private static CaseQueueFilter dueWithin(int days) {
        return new CaseQueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.of(days),
                Optional.empty());
    }

    @Test
    void theClerksQueueRunsFromTheNearestDeadlineToThePausedCaseAcrossTheHoliday() {
        List<CaseQueueRowView> rows = queues.clerkQueue(CLERK, CaseQueueFilter.none(), PAGE).content();

        assertThat(rows).extracting(CaseQueueRowView::id).containsExactly(stepDue, atApprover, received, paused);
        // 受理 step: 1 working day after Monday 09-28.
        assertThat(rows.get(0)).satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(LocalDate.parse("2026-09-29"));
            assertThat(r.dueKind()).isEqualTo(QueueDeadline.STEP);
            assertThat(r.post()).isEqualTo(QueuePost.A);
        });
        // 审查 step: 3 working days from 09-28 over the holiday: 09-29, 09-30, 10-08.
        assertThat(rows.get(1).dueOn()).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(rows.get(1).dueKind()).isEqualTo(QueueDeadline.STEP);
        // One-time notice: 09-29, 09-30, 10-08, 10-09 and the make-up Saturday 10-10 (Art. 32).
        assertThat(rows.get(2).dueOn()).isEqualTo(LocalDate.parse("2026-10-10"));
        assertThat(rows.get(2).dueKind()).isEqualTo(QueueDeadline.ONE_TIME_NOTICE);
        assertThat(rows.get(3)).satisfies(r -> {
            assertThat(r.paused()).isTrue();
            assertThat(r.dueOn()).isNull();
        });
        assertThat(rows).allSatisfy(r -> assertThat(r.applicantName()).isEqualTo("张*"));
    }

    @Test
    void whileAIsAwayTheBPostHasTheWindowsQueueActingForA() {
        assertThat(queues.clerkQueue(CLERK_B, CaseQueueFilter.none(), PAGE).content()).isEmpty();

        duties.absentA(WINDOW.value());

        assertThat(queues.clerkQueue(CLERK, CaseQueueFilter.none(), PAGE).content()).isEmpty();
        assertThat(queues.clerkQueue(CLERK_B, CaseQueueFilter.none(), PAGE).content()).hasSize(4)
                .allSatisfy(r -> {
                    assertThat(r.post()).isEqualTo(QueuePost.ACTING_FOR_A);
                    assertThat(r.actingFor()).isEqualTo(CLERK.username());
                });
    }

    @Test
    void filtersNarrowTheQueueByStatusDeadlineAndWindow() {
        CaseQueueFilter submitted = new CaseQueueFilter(Optional.of(CaseStatus.SUBMITTED), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty());
        assertThat(queues.clerkQueue(CLERK, submitted, PAGE).content()).extracting(CaseQueueRowView::id)
                .containsExactly(received);
        assertThat(queues.clerkQueue(CLERK, dueWithin(1), PAGE).content()).extracting(CaseQueueRowView::id)
                .containsExactly(stepDue);
        assertThat(queues.clerkQueue(CLERK, overdueOnly(), PAGE).content()).isEmpty();
        CaseQueueFilter otherWindow = new CaseQueueFilter(Optional.empty(), Optional.empty(),
                Optional.of(new WindowCode("SCJG-W9")), false, Optional.empty(), Optional.empty());
        assertThat(queues.clerkQueue(CLERK, otherWindow, PAGE).content()).isEmpty();

        // Monday 10-12: both steps (09-29, 10-08) and the one-time notice (Saturday 10-10) have run out.
        clock.set(LocalDate.parse("2026-10-12").atTime(9, 0));
        assertThat(queues.clerkQueue(CLERK, overdueOnly(), PAGE).content()).extracting(CaseQueueRowView::id)
                .containsExactly(stepDue, atApprover, received);
        assertThat(queues.clerkQueue(CLERK, overdueOnly(), PAGE).content()).allMatch(CaseQueueRowView::overdue);
    }

    @Test
    void theApproversQueueHoldsTheCasesWhoseCurrentStepNeedsAnApprover() {
        assertThat(queues.approverQueue(APPROVER, CaseQueueFilter.none(), PAGE).content())
                .singleElement().satisfies(r -> {
                    assertThat(r.id()).isEqualTo(atApprover);
                    assertThat(r.currentStep()).isEqualTo(2);
                    assertThat(r.currentStepRole()).isEqualTo("DEPARTMENT_APPROVER");
                    assertThat(r.post()).isNull();
                });
        Actor otherApprover = approverOf(new DepartmentCode("WSJK"));
        assertThat(queues.approverQueue(otherApprover, CaseQueueFilter.none(), PAGE).content()).isEmpty();
    }

    @Test
    void countsPerStateCoverTheCallersDepartmentAndTheWholeCentreForSupervisors() {
        CaseCountsView counts = queues.counts(CLERK, Optional.empty());
        assertThat(counts.department()).isEqualTo(MARKET_REGULATION.value());
        assertThat(counts.byStatus()).containsEntry(CaseStatus.SUBMITTED, 1L).containsEntry(CaseStatus.ACCEPTED, 3L)
                .containsEntry(CaseStatus.COMPLETED, 0L);
        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.paused()).isEqualTo(1);

        assertThat(queues.counts(OTHER_CLERK, Optional.empty()).total()).isZero();
        assertThatThrownBy(() -> queues.counts(OTHER_CLERK, Optional.of(MARKET_REGULATION)))
                .isInstanceOf(OutsideDepartmentScope.class);
        assertThat(queues.counts(SUPERVISOR, Optional.empty()).department()).isNull();
        assertThat(queues.counts(SUPERVISOR, Optional.empty()).total()).isEqualTo(4);
    }
}
