package org.openhall.servicecase.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.out.InMemoryApprovalItemRepository;
import org.openhall.catalog.application.service.CatalogService;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.network.application.port.in.DepartmentView;
import org.openhall.network.application.port.in.HallDetailView;
import org.openhall.network.application.port.in.HallView;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.network.application.port.in.WindowView;
import org.openhall.network.domain.HallCode;
import org.openhall.servicecase.application.port.in.AcceptCaseCommand;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.application.port.in.CaseTrackNotFound;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.PublicCaseTrackView;
import org.openhall.servicecase.application.port.in.RequestSupplementCommand;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.in.SupplyMaterialsCommand;
import org.openhall.servicecase.application.port.out.InMemoryCaseNumberSequence;
import org.openhall.servicecase.application.port.out.InMemoryServiceCaseRepository;
import org.openhall.servicecase.application.port.out.ServiceCaseFixtures;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.time.SettableClock;

/** Public tracking: the right second factor shows the masked progress; everything else the same not-found. */
class PublicCaseTrackServiceTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Actor CLERK = new Actor("clerk.scjg", Set.of(Role.CLERK), new DepartmentCode("SCJG"), "李明");

    private final InMemoryServiceCaseRepository cases = new InMemoryServiceCaseRepository();
    private final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-09-16").atTime(10, 0));
    private ServiceCaseService window;
    private PublicCaseTrackService tracking;

    @BeforeEach
    void wire() {
        InMemoryApprovalItemRepository items = new InMemoryApprovalItemRepository();
        items.add(ApprovalItems.foodBusinessLicence());
        CalendarService calendars = new CalendarService(new InMemoryCalendarYearRepository(),
                CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2025());
        calendars.importYear(NationalCalendars.heshan2026());
        CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
        window = new ServiceCaseService(cases, new InMemoryCaseNumberSequence(),
                new CatalogService(items, centre, clock), calendars, events -> { }, new ScriptedDuties(), centre,
                clock);
        tracking = new PublicCaseTrackService(this::lookUp, cases, calendars, new Departments(), centre);
    }

    /** The in-memory store has no index by number: scanning it is enough for a test. */
    private Optional<ServiceCaseId> lookUp(CaseNumber number) {
        return cases.findAll(CaseListFilter.all(), new PageRequest(0, 200)).content().stream()
                .filter(c -> c.number().equals(number)).map(ServiceCase::getId).findFirst();
    }

    private CaseView acceptedCase() {
        CaseView c = window.submit(new SubmitApplicationCommand(CLERK, new ApprovalItemCode("SCJG-001"),
                ServiceCaseFixtures.ZHANG_SAN, Set.of("APP", "LICENCE")));
        ServiceCaseId id = ServiceCaseId.of(c.id());
        window.requestSupplement(new RequestSupplementCommand(CLERK, id, Map.of()));
        clock.setDate("2026-09-18");
        window.supply(new SupplyMaterialsCommand(CLERK, id, Set.of("LAYOUT", "RULES")));
        return window.accept(new AcceptCaseCommand(CLERK, id));
    }

    @Test
    void theLastFourOfTheIdNumberShowTheMaskedProgressWithDueDatesAndSteps() {
        CaseView c = acceptedCase();

        PublicCaseTrackView view = tracking.track(c.number(), "1235");

        assertThat(view.number()).isEqualTo(c.number());
        assertThat(view.itemName()).isEqualTo(c.itemName());
        assertThat(view.department()).isEqualTo("合山市市场监督管理局");
        assertThat(view.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(view.applicantName()).isEqualTo("张*");
        assertThat(view.applicantPhone()).isEqualTo("139****0001");
        assertThat(view.receivedOn()).isEqualTo(LocalDate.parse("2026-09-16"));
        assertThat(view.acceptedOn()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(view.statutoryDue()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(view.promisedDue()).isEqualTo(LocalDate.parse("2026-10-09"));
        assertThat(view.provisional()).isFalse();
        assertThat(view.steps()).extracting(PublicCaseTrackView.Step::action).containsExactly(CaseAction.SUBMIT,
                CaseAction.REQUEST_SUPPLEMENT, CaseAction.SUPPLY_MATERIALS, CaseAction.ACCEPT);
        assertThat(view.steps()).extracting(PublicCaseTrackView.Step::department).containsOnly("合山市市场监督管理局");
        assertThat(view.steps().getLast().on()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(view.toString()).doesNotContain("clerk.scjg", "张三", "13907720001", "451381199003071235");
    }

    @Test
    void theLastFourDigitsOfThePhoneAreASecondFactorToo() {
        CaseView c = acceptedCase();

        assertThat(tracking.track(c.number(), "0001").number()).isEqualTo(c.number());
    }

    @Test
    void aWrongFactorAndAnUnknownNumberGiveTheSameAnswer() {
        CaseView c = acceptedCase();
        String unknown = c.number().substring(0, c.number().length() - 1) + "9";

        assertThatThrownBy(() -> tracking.track(c.number(), "9999")).isInstanceOf(CaseTrackNotFound.class)
                .satisfies(e -> assertThat(((CaseTrackNotFound) e).details()).isEmpty());
        assertThatThrownBy(() -> tracking.track(unknown, "1235")).isInstanceOf(CaseTrackNotFound.class);
        assertThatThrownBy(() -> tracking.track("not a number", "1235")).isInstanceOf(CaseTrackNotFound.class);
        assertThatThrownBy(() -> tracking.track(c.number(), "12")).isInstanceOf(CaseTrackNotFound.class);
        assertThatThrownBy(() -> tracking.track(c.number(), null)).isInstanceOf(CaseTrackNotFound.class);
    }

    @Test
    void aLowerCaseXMatchesTheCheckCharacterOfAnIdNumber() {
        var applicant = new Applicant(new PersonName("王五"), new ResidentIdNumber("11010519491231002X"),
                new PhoneNumber("0772-4212345"));

        assertThat(PublicCaseTrackService.matches(applicant, "002x")).isTrue();
        assertThat(PublicCaseTrackService.matches(applicant, "2345")).as("a landline's last four").isTrue();
        assertThat(PublicCaseTrackService.matches(applicant, "0772")).isFalse();
    }

    /** The Heshan departments this test needs. */
    private static final class Departments implements ServiceNetworkQuery {

        @Override
        public List<DepartmentView> departments() {
            return List.of(new DepartmentView("SCJG", "合山市市场监督管理局", true));
        }

        @Override
        public List<HallView> halls() {
            return List.of();
        }

        @Override
        public HallDetailView hall(HallCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WindowView> windows(HallCode hall) {
            return List.of();
        }
    }
}
