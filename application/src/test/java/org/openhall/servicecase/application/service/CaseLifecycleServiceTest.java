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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.out.InMemoryApprovalItemRepository;
import org.openhall.catalog.application.service.CatalogService;
import org.openhall.servicecase.application.port.in.AcceptCaseCommand;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.CollectFeesCommand;
import org.openhall.servicecase.application.port.in.CompleteCaseStepCommand;
import org.openhall.servicecase.application.port.in.RefuseCaseCommand;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.in.WithdrawCaseCommand;
import org.openhall.servicecase.application.port.out.InMemoryCaseNumberSequence;
import org.openhall.servicecase.application.port.out.InMemoryServiceCaseRepository;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.servicecase.domain.problem.FeeNotInCatalog;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.money.Money;
import org.openhall.shared.domain.time.SettableClock;

/** The lifecycle use cases against in-memory ports: scope, events, deemed acceptance, the number pattern. */
class CaseLifecycleServiceTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Actor CLERK = clerkOf(MARKET_REGULATION);
    private static final Actor APPROVER = approverOf(MARKET_REGULATION);
    private static final Actor OTHER_CLERK = new Actor("clerk.wsjk", Set.of(Role.CLERK), new DepartmentCode("WSJK"),
            "王芳");

    private final List<DomainEvent> published = new ArrayList<>();
    private final InMemoryServiceCaseRepository cases = new InMemoryServiceCaseRepository();
    private final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-09-16").atTime(10, 0));
    private final Map<String, String> parameters = new java.util.HashMap<>();
    private ServiceCaseService intake;
    private CaseLifecycleService lifecycle;

    @BeforeEach
    void wire() {
        InMemoryApprovalItemRepository items = new InMemoryApprovalItemRepository();
        items.add(FULL_ITEM);
        InMemoryCalendarYearRepository years = new InMemoryCalendarYearRepository();
        CalendarService calendars = new CalendarService(years, CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2025());
        calendars.importYear(NationalCalendars.heshan2026());
        CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
        CatalogService catalog = new CatalogService(items, centre, clock);
        ScriptedDuties duties = new ScriptedDuties();
        intake = new ServiceCaseService(cases, new InMemoryCaseNumberSequence(), catalog, calendars, published::addAll,
                duties, centre, new MapParameters(parameters), clock);
        lifecycle = new CaseLifecycleService(cases, catalog, calendars, published::addAll, duties, centre, clock);
    }

    private ServiceCaseId submit(String... materials) {
        return new ServiceCaseId(java.util.UUID.fromString(intake.submit(new SubmitApplicationCommand(CLERK,
                FULL_ITEM.code(), ZHANG_SAN, Set.of(materials))).id()));
    }

    @Test
    void overdueReceiptsAreDeemedAcceptedOnTheSixthWorkingDayAndOnlyOnce() {
        ServiceCaseId late = submit("form");
        clock.set(LocalDate.parse("2026-09-17").atTime(10, 0));
        ServiceCaseId inTime = submit("form");

        clock.set(LocalDate.parse("2026-09-22").atTime(23, 0));
        assertThat(lifecycle.deemOverdueReceiptsAccepted()).as("the fifth working day is in time").isZero();
        clock.set(LocalDate.parse("2026-09-23").atTime(0, 5));
        assertThat(lifecycle.deemOverdueReceiptsAccepted()).isEqualTo(1);
        assertThat(lifecycle.deemOverdueReceiptsAccepted()).as("a second run finds nothing").isZero();

        assertThat(cases.findById(late).orElseThrow().status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(cases.findById(inTime).orElseThrow().status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(published).filteredOn(CaseAccepted.class::isInstance).map(CaseAccepted.class::cast)
                .singleElement().satisfies(e -> {
                    assertThat(e.deemed()).isTrue();
                    assertThat(e.actor()).isEqualTo("system");
                    assertThat(e.acceptedOn()).isEqualTo(LocalDate.parse("2026-09-16"));
                });
    }

    @Test
    void everyStepPublishesItsEventsNumberedLikeTheTrail() {
        ServiceCaseId id = submit("form", "layout");
        intake.accept(new AcceptCaseCommand(CLERK, id));
        lifecycle.completeStep(new CompleteCaseStepCommand(CLERK, id, 1, "材料齐全"));
        CaseView withdrawn = lifecycle.withdraw(new WithdrawCaseCommand(CLERK, id, "申请人书面撤回"));

        assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(published).map(e -> ((CaseEvent) e).sequence()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(cases.history(id)).hasSize(6);
    }

    @Test
    void anotherDepartmentsClerkCannotTouchTheCaseAndAFailedStepStoresNothing() {
        ServiceCaseId id = submit("form", "layout");
        assertThatThrownBy(() -> lifecycle.refuse(new RefuseCaseCommand(OTHER_CLERK, id, "依据", "理由")))
                .isInstanceOf(OutsideDepartmentScope.class);
        intake.accept(new AcceptCaseCommand(CLERK, id));
        long version = cases.findById(id).orElseThrow().version();
        assertThatThrownBy(() -> lifecycle.collect(new CollectFeesCommand(CLERK, id, "R1",
                Map.of("加急费", Money.yuan("50.00"))))).isInstanceOf(FeeNotInCatalog.class);
        assertThat(cases.findById(id).orElseThrow().version()).isEqualTo(version);
        CaseView paid = lifecycle.collect(new CollectFeesCommand(CLERK, id, "R1", Map.of("工本费", Money.yuan("10.00"))));
        assertThat(paid.fees().collection().receiptNumber()).isEqualTo("R1");
        assertThat(lifecycle.completeStep(new CompleteCaseStepCommand(CLERK, id, 1, "受理")).steps().get(1).started())
                .isTrue();
        assertThatThrownBy(() -> lifecycle.completeStep(new CompleteCaseStepCommand(CLERK, id, 2, "审查")))
                .hasMessageContaining("DEPARTMENT_APPROVER");
        assertThat(lifecycle.completeStep(new CompleteCaseStepCommand(APPROVER, id, 2, "审查")).steps().get(1)
                .completedBy()).isEqualTo(APPROVER.username());
    }

    @Test
    void caseNumbersFollowTheCountysPattern() {
        parameters.put("case.number-pattern", "HS-{date:yyyyMM}-{seq:4}");
        assertThat(intake.submit(new SubmitApplicationCommand(CLERK, FULL_ITEM.code(), ZHANG_SAN, Set.of("form")))
                .number()).isEqualTo("HS-202609-0001");
        parameters.remove("case.number-pattern");
        assertThat(intake.submit(new SubmitApplicationCommand(CLERK, FULL_ITEM.code(), ZHANG_SAN, Set.of("form")))
                .number()).isEqualTo("451381-20260916-00001");
    }

    /** County parameters from a map the test changes. */
    private record MapParameters(Map<String, String> values) implements CountyParameters {

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public Map<String, String> all() {
            return Map.copyOf(values);
        }

        @Override
        public ChangeOutcome put(String key, String value) {
            values.put(key, value);
            return ChangeOutcome.ADDED;
        }

        @Override
        public ChangeOutcome remove(String key) {
            values.remove(key);
            return ChangeOutcome.REMOVED;
        }
    }
}
