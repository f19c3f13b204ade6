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
import java.util.concurrent.atomic.AtomicInteger;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.application.port.out.InMemoryApprovalItemRepository;
import org.openhall.catalog.application.service.CatalogService;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.servicecase.application.port.in.AcceptCaseCommand;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.CompleteCaseCommand;
import org.openhall.servicecase.application.port.in.DeadlineKind;
import org.openhall.servicecase.application.port.in.DeadlineNotStarted;
import org.openhall.servicecase.application.port.in.RequestSupplementCommand;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.in.SupplyMaterialsCommand;
import org.openhall.servicecase.application.port.out.InMemoryCaseNumberSequence;
import org.openhall.servicecase.application.port.out.InMemoryServiceCaseRepository;
import org.openhall.servicecase.application.port.out.ServiceCaseFixtures;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.openhall.servicecase.domain.event.CaseSubmitted;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.out.InMemoryCalendarYearRepository;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.application.service.CalendarService;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.time.DayVerdict;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.openhall.shared.domain.time.SettableClock;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The case use cases against in-memory ports: scope, sequencing, events and views. */
class ServiceCaseServiceTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DepartmentCode SCJG = new DepartmentCode("SCJG");
    private static final Actor CLERK = new Actor("clerk.scjg", Set.of(Role.CLERK), SCJG, "李明");
    private static final Actor OTHER_CLERK = new Actor("clerk.wsjk", Set.of(Role.CLERK), new DepartmentCode("WSJK"),
            "王芳");
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "韦强");

    private static final Actor CLERK_B = new Actor("clerk.scjg.b", Set.of(Role.CLERK), SCJG, "赵敏");

    private final List<DomainEvent> published = new ArrayList<>();
    private final ScriptedDuties duties = new ScriptedDuties();
    private final ReadCountingCases cases = new ReadCountingCases();
    private final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-03-02").atTime(10, 0));
    private ServiceCaseService service;

    @BeforeEach
    void wire() {
        InMemoryApprovalItemRepository items = new InMemoryApprovalItemRepository();
        items.add(ApprovalItems.foodBusinessLicence());
        InMemoryCalendarYearRepository years = new InMemoryCalendarYearRepository();
        CalendarService calendars = new CalendarService(years, CalendarSettings.defaults());
        calendars.importYear(NationalCalendars.heshan2025());
        calendars.importYear(NationalCalendars.heshan2026());
        CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
        service = new ServiceCaseService(cases, new InMemoryCaseNumberSequence(),
                new CatalogService(items, centre, clock), calendars, published::addAll, duties, centre, clock);
        duties.window("SCJG-W1", CLERK.username(), CLERK_B.username());
    }

    @Test
    void aCaseStoredInTheTransactionIsFoundThereWithoutReadingItBack() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            ServiceCaseId id = ServiceCaseId.of(submit(CLERK, "APP", "LICENCE", "LAYOUT", "RULES").id());
            CaseView accepted = service.accept(new AcceptCaseCommand(CLERK, id));
            int readsBefore = cases.reads.get();

            CaseView found = service.find(SUPERVISOR, id).orElseThrow();

            assertThat(cases.reads.get()).isEqualTo(readsBefore);
            assertThat(found.status()).isEqualTo(accepted.status());
            assertThat(found.transitionCount()).isEqualTo(accepted.transitionCount());
            assertThatThrownBy(() -> service.find(OTHER_CLERK, id)).isInstanceOf(OutsideDepartmentScope.class);
        } finally {
            var synchronizations = TransactionSynchronizationManager.getSynchronizations();
            TransactionSynchronizationManager.clearSynchronization();
            synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        }
    }

    @Test
    void withoutATransactionFindReadsTheRepository() {
        ServiceCaseId id = ServiceCaseId.of(submit(CLERK, "APP").id());
        int readsBefore = cases.reads.get();

        service.find(SUPERVISOR, id).orElseThrow();

        assertThat(cases.reads.get()).isEqualTo(readsBefore + 1);
    }

    /** The in-memory repository, counting reads of a case by id. */
    private static final class ReadCountingCases extends InMemoryServiceCaseRepository {

        final AtomicInteger reads = new AtomicInteger();

        @Override
        public synchronized Optional<ServiceCase> findById(ServiceCaseId id) {
            reads.incrementAndGet();
            return super.findById(id);
        }
    }

    private CaseView submit(Actor actor, String... materials) {
        return service.submit(new SubmitApplicationCommand(actor, new ApprovalItemCode("SCJG-001"),
                ServiceCaseFixtures.ZHANG_SAN, Set.of(materials)));
    }

    @Test
    void submittingNumbersTheCaseByRegionAndDayAndMasksTheApplicant() {
        clock.setDate("2026-09-16");
        CaseView c = submit(CLERK, "APP");
        assertThat(c.number()).startsWith("451381-20260916-");
        assertThat(c.applicantName()).isEqualTo("张*");
        assertThat(c.applicantPhone()).doesNotContain("0013");
        assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
        // Wed 09-16 + 5 working days: 09-17, 09-18, 09-20 (Sun, 调休), 09-21, 09-22.
        assertThat(c.noticeDeadline()).isEqualTo(LocalDate.parse("2026-09-22"));
        assertThat(published).singleElement().isInstanceOf(CaseSubmitted.class);
    }

    @Test
    void aClerkCannotReceiveAnApplicationForAnotherDepartmentsItem() {
        assertThatThrownBy(() -> submit(OTHER_CLERK, "APP")).isInstanceOf(OutsideDepartmentScope.class);
        assertThat(published).isEmpty();
    }

    @Test
    void theWholeWindowFlowRunsThroughTheUseCases() {
        clock.setDate("2026-09-16");
        ServiceCaseId id = ServiceCaseId.of(submit(CLERK, "APP", "LICENCE").id());
        CaseView noticed = service.requestSupplement(new RequestSupplementCommand(CLERK, id, Map.of()));
        assertThat(noticed.notices()).singleElement().satisfies(n -> assertThat(n.items())
                .extracting(CaseView.NoticeLine::code).containsExactly("LAYOUT", "RULES"));
        clock.setDate("2026-09-18");
        service.supply(new SupplyMaterialsCommand(CLERK, id, Set.of("LAYOUT", "RULES")));
        CaseView accepted = service.accept(new AcceptCaseCommand(CLERK, id));
        assertThat(accepted.statutoryDue()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(accepted.promisedDue()).isEqualTo(LocalDate.parse("2026-10-09"));
        assertThat(accepted.remainingWorkingDays()).isEqualTo(10);
        assertThat(published).filteredOn(CaseAccepted.class::isInstance).hasSize(1);

        DeadlineExplanation why = service.explainDeadline(CLERK, id, DeadlineKind.STATUTORY);
        assertThat(why.days()).filteredOn(d -> d.verdict() == DayVerdict.COUNTED && d.makeUpWorkday())
                .extracting(d -> d.date().toString()).containsExactly("2026-09-20", "2026-10-10");

        clock.setDate("2026-10-12");
        assertThat(service.get(CLERK, id).overdue()).as("promised limit ran out on 10-09").isTrue();
        CaseView done = service.complete(new CompleteCaseCommand(CLERK, id, "准予许可"));
        assertThat(done.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(done.overdue()).as("a completed case is no longer running late").isFalse();
        assertThat(service.history(CLERK, id)).extracting(t -> t.action().name())
                .containsExactly("SUBMIT", "REQUEST_SUPPLEMENT", "SUPPLY_MATERIALS", "ACCEPT", "COMPLETE");
        assertThat(service.history(CLERK, id).get(0).at().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    }

    @Test
    void aDeadlineCannotBeExplainedBeforeAcceptance() {
        ServiceCaseId id = ServiceCaseId.of(submit(CLERK, "APP").id());
        assertThatThrownBy(() -> service.explainDeadline(CLERK, id, DeadlineKind.PROMISED))
                .isInstanceOf(DeadlineNotStarted.class);
    }

    @Test
    void anotherDepartmentsClerkIsRefusedEveryReadAndStep() {
        ServiceCaseId id = ServiceCaseId.of(submit(CLERK, "APP").id());
        assertThatThrownBy(() -> service.get(OTHER_CLERK, id)).isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> service.history(OTHER_CLERK, id)).isInstanceOf(OutsideDepartmentScope.class);
        assertThatThrownBy(() -> service.accept(new AcceptCaseCommand(OTHER_CLERK, id)))
                .isInstanceOf(OutsideDepartmentScope.class);
        assertThat(service.get(CLERK, id).version()).as("nothing changed").isEqualTo(1);
    }

    @Test
    void listsAreNarrowedToTheCallersDepartmentUnlessTheCallerSupervises() {
        String id = submit(CLERK, "APP").id();
        PageRequest page = new PageRequest(0, 50);
        assertThat(service.list(OTHER_CLERK, CaseListFilter.all(), page).content()).isEmpty();
        assertThat(service.list(CLERK, CaseListFilter.all(), page).content()).extracting(v -> v.id()).contains(id);
        assertThat(service.list(SUPERVISOR, CaseListFilter.all(), page).content()).extracting(v -> v.id()).contains(id);
        assertThatThrownBy(() -> service.list(OTHER_CLERK,
                new CaseListFilter(Optional.empty(), Optional.of(SCJG)), page))
                .isInstanceOf(OutsideDepartmentScope.class);
    }

    @Test
    void whileTheAPostIsAbsentTheWindowsWorkGoesToTheBPostWhoActsForA() {
        clock.setDate("2026-09-16");
        CaseView atWindow = service.submit(new SubmitApplicationCommand(CLERK, new ApprovalItemCode("SCJG-001"),
                ServiceCaseFixtures.ZHANG_SAN, Set.of("APP", "LICENCE", "LAYOUT", "RULES"),
                new org.openhall.network.domain.WindowCode("SCJG-W1")));
        ServiceCaseId id = ServiceCaseId.of(atWindow.id());
        PageRequest page = new PageRequest(0, 20);
        assertThat(service.queue(CLERK, page).content()).extracting(v -> v.id()).containsExactly(atWindow.id());
        assertThat(service.queue(CLERK_B, page).content()).isEmpty();

        duties.absentA("SCJG-W1");
        assertThat(service.queue(CLERK, page).content()).as("A is away: nothing waits for A").isEmpty();
        assertThat(service.queue(CLERK_B, page).content()).extracting(v -> v.id()).containsExactly(atWindow.id());
        CaseView accepted = service.accept(new AcceptCaseCommand(CLERK_B, id));
        assertThat(accepted.promisedDue()).as("deadlines are unchanged by who acts")
                .isEqualTo(LocalDate.parse("2026-09-30"));
        var history = service.history(CLERK_B, id);
        assertThat(history.get(0).actingFor()).isNull();
        assertThat(history.get(1).actor()).isEqualTo("clerk.scjg.b");
        assertThat(history.get(1).actingFor()).as("the audit says B acting for A").isEqualTo("clerk.scjg");
    }

    @Test
    void anUnknownCaseOrItemIsNotFound() {
        assertThatThrownBy(() -> service.get(CLERK, ServiceCaseId.of("00000000-0000-0000-0000-000000000001")))
                .isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> service.submit(new SubmitApplicationCommand(CLERK, new ApprovalItemCode("NONE-1"),
                ServiceCaseFixtures.ZHANG_SAN, Set.of()))).isInstanceOf(ResourceNotFound.class)
                .hasFieldOrPropertyWithValue("code", "item.not-found");
    }
}
