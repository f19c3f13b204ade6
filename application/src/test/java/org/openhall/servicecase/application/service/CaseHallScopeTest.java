package org.openhall.servicecase.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.network.application.port.in.HallScopeQuery;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.AcceptCaseCommand;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.application.port.in.CaseSummaryView;
import org.openhall.servicecase.application.port.in.RefuseCaseCommand;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.out.InMemoryCaseNumberSequence;
import org.openhall.servicecase.application.port.out.InMemoryServiceCaseRepository;
import org.openhall.servicecase.application.port.out.ServiceCaseFixtures;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.OutsideHallScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.AdministrativeLevel;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.HallScope;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.time.SettableClock;

/**
 * Scope by hall level (三级) in the case use cases: a case is held at the hall of the window that
 * received it, and only that hall's staff act on it; supervisors read cases at every level.
 */
class CaseHallScopeTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DepartmentCode SCJG = new DepartmentCode("SCJG");
    private static final HallScope CENTRE = new HallScope("HS-CITY", AdministrativeLevel.CITY);
    private static final HallScope LIANNAN = new HallScope("HS-LN", AdministrativeLevel.TOWNSHIP);
    private static final HallScope GUSHAN = new HallScope("HS-GS", AdministrativeLevel.TOWNSHIP);

    private static final Actor CITY_CLERK = new Actor("clerk.scjg", Set.of(Role.CLERK), SCJG, "李明").at(CENTRE);
    private static final Actor TOWNSHIP_CLERK = new Actor("clerk.ln", Set.of(Role.CLERK), SCJG, "覃丽").at(LIANNAN);
    private static final Actor OTHER_TOWNSHIP_CLERK = new Actor("clerk.gs", Set.of(Role.CLERK), SCJG, "韦东")
            .at(GUSHAN);
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "韦强");

    private static final WindowCode CITY_WINDOW = new WindowCode("SCJG-W1");
    private static final WindowCode LIANNAN_WINDOW = new WindowCode("LN-W1");

    private final List<DomainEvent> published = new ArrayList<>();
    private final InMemoryServiceCaseRepository cases = new InMemoryServiceCaseRepository();
    private final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-03-02").atTime(10, 0));
    private final Map<WindowCode, HallScope> windowHalls = Map.of(CITY_WINDOW, CENTRE, LIANNAN_WINDOW, LIANNAN);
    private ServiceCaseService intake;
    private CaseLifecycleService lifecycle;

    @BeforeEach
    void wire() {
        InMemoryApprovalItemRepository items = new InMemoryApprovalItemRepository();
        items.add(ApprovalItems.foodBusinessLicence());
        InMemoryCalendarYearRepository years = new InMemoryCalendarYearRepository();
        CalendarService calendars = new CalendarService(years, CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2026());
        CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
        ScriptedDuties duties = new ScriptedDuties();
        duties.window(CITY_WINDOW.value(), CITY_CLERK.username(), null);
        duties.window(LIANNAN_WINDOW.value(), TOWNSHIP_CLERK.username(), null);
        HallScopeQuery halls = new HallScopeQuery() {
            @Override
            public Optional<HallScope> scopeOfStaff(String username) {
                return Optional.empty();
            }

            @Override
            public HallScope scopeOfWindow(WindowCode window) {
                return Optional.ofNullable(windowHalls.get(window))
                        .orElseThrow(() -> new ResourceNotFound("window", window.value()));
            }
        };
        CatalogService catalog = new CatalogService(items, centre, clock);
        intake = new ServiceCaseService(cases, new InMemoryCaseNumberSequence(), catalog, calendars,
                published::addAll, duties, centre, null, halls, clock);
        lifecycle = new CaseLifecycleService(cases, catalog, calendars, published::addAll, duties, centre, clock);
    }

    private ServiceCaseId receive(Actor clerk, WindowCode window) {
        return ServiceCaseId.of(intake.submit(new SubmitApplicationCommand(clerk, new ApprovalItemCode("SCJG-001"),
                ServiceCaseFixtures.ZHANG_SAN, Set.of("APP", "LICENCE", "LAYOUT", "RULES"), window)).id());
    }

    @Test
    void aCaseIsHeldAtTheHallOfTheWindowThatReceivedIt() {
        ServiceCaseId city = receive(CITY_CLERK, CITY_WINDOW);
        ServiceCaseId township = receive(TOWNSHIP_CLERK, LIANNAN_WINDOW);

        assertThat(cases.findById(city).orElseThrow().place()).isEqualTo(CENTRE);
        assertThat(cases.findById(township).orElseThrow().place()).isEqualTo(LIANNAN);
    }

    @Test
    void withoutAWindowTheCaseIsHeldAtTheReceivingClerksHall() {
        ServiceCaseId township = receive(TOWNSHIP_CLERK, null);

        assertThat(cases.findById(township).orElseThrow().place()).isEqualTo(LIANNAN);
    }

    @Test
    void aTownshipClerkIsRefusedOnACityCaseAndNothingChanges() {
        ServiceCaseId city = receive(CITY_CLERK, CITY_WINDOW);
        long before = cases.findById(city).orElseThrow().version();

        assertThatThrownBy(() -> intake.accept(new AcceptCaseCommand(TOWNSHIP_CLERK, city)))
                .isInstanceOfSatisfying(OutsideHallScope.class, problem -> {
                    assertThat(problem.code()).isEqualTo("case.outside-hall-scope");
                    assertThat(problem.details()).containsEntry("hall", "HS-CITY").containsEntry("level", "CITY");
                });
        assertThatThrownBy(() -> intake.get(TOWNSHIP_CLERK, city)).isInstanceOf(OutsideHallScope.class);
        assertThatThrownBy(() -> lifecycle.refuse(new RefuseCaseCommand(TOWNSHIP_CLERK, city, "第三十二条", "不属于本厅")))
                .isInstanceOf(OutsideHallScope.class);
        assertThat(cases.findById(city).orElseThrow().status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(cases.findById(city).orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void aTownshipClerkActsOnTheirOwnHallsCase() {
        ServiceCaseId township = receive(TOWNSHIP_CLERK, LIANNAN_WINDOW);

        assertThat(intake.accept(new AcceptCaseCommand(TOWNSHIP_CLERK, township)).status())
                .isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void anotherTownshipsClerkIsRefused() {
        ServiceCaseId township = receive(TOWNSHIP_CLERK, LIANNAN_WINDOW);

        assertThatThrownBy(() -> intake.get(OTHER_TOWNSHIP_CLERK, township)).isInstanceOf(OutsideHallScope.class);
    }

    @Test
    void aCityClerkIsRefusedOnATownshipCase() {
        ServiceCaseId township = receive(TOWNSHIP_CLERK, LIANNAN_WINDOW);

        assertThatThrownBy(() -> intake.accept(new AcceptCaseCommand(CITY_CLERK, township)))
                .isInstanceOf(OutsideHallScope.class);
        assertThatThrownBy(() -> lifecycle.refuse(new RefuseCaseCommand(CITY_CLERK, township, "第三十二条", "越级")))
                .isInstanceOf(OutsideHallScope.class);
    }

    @Test
    void aClerkBuiltWithoutAHallActsAsCityStaff() {
        Actor unplaced = new Actor("clerk.scjg", Set.of(Role.CLERK), SCJG, "李明");
        ServiceCaseId city = receive(CITY_CLERK, CITY_WINDOW);
        ServiceCaseId township = receive(TOWNSHIP_CLERK, LIANNAN_WINDOW);

        assertThat(intake.get(unplaced, city).id()).isEqualTo(city.toString());
        assertThatThrownBy(() -> intake.get(unplaced, township)).isInstanceOf(OutsideHallScope.class);
    }

    @Test
    void staffListOnlyTheCasesTheirHallHandlesAndTheSupervisorListsAll() {
        ServiceCaseId city = receive(CITY_CLERK, CITY_WINDOW);
        ServiceCaseId township = receive(TOWNSHIP_CLERK, LIANNAN_WINDOW);
        PageRequest page = new PageRequest(0, 20);

        assertThat(intake.list(TOWNSHIP_CLERK, CaseListFilter.all(), page).content())
                .extracting(CaseSummaryView::id).containsExactly(township.toString());
        assertThat(intake.list(CITY_CLERK, CaseListFilter.all(), page).content())
                .extracting(CaseSummaryView::id).containsExactly(city.toString());
        assertThat(intake.list(OTHER_TOWNSHIP_CLERK, CaseListFilter.all(), page).content()).isEmpty();
        assertThat(intake.list(SUPERVISOR, CaseListFilter.all(), page).content()).hasSize(2);
    }

    @Test
    void theSupervisorReadsCasesAtEveryLevel() {
        ServiceCaseId city = receive(CITY_CLERK, CITY_WINDOW);
        ServiceCaseId township = receive(TOWNSHIP_CLERK, LIANNAN_WINDOW);

        assertThat(intake.get(SUPERVISOR, city).id()).isEqualTo(city.toString());
        assertThat(intake.get(SUPERVISOR, township).id()).isEqualTo(township.toString());
        assertThat(intake.history(SUPERVISOR, township)).isNotEmpty();
    }

    @Test
    void receiptAtAnotherHallsWindowIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> receive(TOWNSHIP_CLERK, CITY_WINDOW)).isInstanceOf(OutsideHallScope.class);
        assertThatThrownBy(() -> receive(CITY_CLERK, LIANNAN_WINDOW)).isInstanceOf(OutsideHallScope.class);
        assertThat(published).isEmpty();
    }

    @Test
    void theHallIsCheckedBeforeTheDepartment() {
        DepartmentCode wsjk = new DepartmentCode("WSJK");
        Actor townshipOtherDepartment = new Actor("clerk.wsjk.ln", Set.of(Role.CLERK), wsjk, "王芳").at(LIANNAN);
        Actor cityOtherDepartment = new Actor("clerk.wsjk", Set.of(Role.CLERK), wsjk, "吴敏").at(CENTRE);
        ServiceCaseId city = receive(CITY_CLERK, CITY_WINDOW);

        assertThatThrownBy(() -> intake.get(townshipOtherDepartment, city)).isInstanceOf(OutsideHallScope.class);
        assertThatThrownBy(() -> intake.get(cityOtherDepartment, city)).isInstanceOf(OutsideDepartmentScope.class);
    }
}
