package org.openhall.servicecase.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.servicecase.application.port.in.AcceptCaseCommand;
import org.openhall.servicecase.application.port.in.AcceptCaseUseCase;
import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.application.port.in.CaseSummaryView;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.CompleteCaseCommand;
import org.openhall.servicecase.application.port.in.CompleteCaseUseCase;
import org.openhall.servicecase.application.port.in.DeadlineKind;
import org.openhall.servicecase.application.port.in.DeadlineNotStarted;
import org.openhall.servicecase.application.port.in.RequestSupplementCommand;
import org.openhall.servicecase.application.port.in.RequestSupplementUseCase;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.application.port.in.SubmitApplicationUseCase;
import org.openhall.servicecase.application.port.in.SupplyMaterialsCommand;
import org.openhall.servicecase.application.port.in.SupplyMaterialsUseCase;
import org.openhall.servicecase.application.port.in.TransitionView;
import org.openhall.servicecase.application.port.out.CaseNumberSequence;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The window's case handling: every step loads the case, checks the caller's department scope,
 * lets the aggregate decide, then stores the case, its transitions and its events in one
 * transaction — all of it or none of it.
 */
@Application
public class ServiceCaseService implements SubmitApplicationUseCase, RequestSupplementUseCase, SupplyMaterialsUseCase,
        AcceptCaseUseCase, CompleteCaseUseCase, ServiceCaseQuery {

    private final ServiceCaseRepository cases;
    private final CaseNumberSequence numbers;
    private final ApprovalItemLookup catalog;
    private final WorkingDayCalendarQuery calendars;
    private final DomainEventPublisher events;
    private final CentreProfile centre;
    private final Clock clock;

    public ServiceCaseService(ServiceCaseRepository cases, CaseNumberSequence numbers, ApprovalItemLookup catalog,
            WorkingDayCalendarQuery calendars, DomainEventPublisher events, CentreProfile centre, Clock clock) {
        this.cases = cases;
        this.numbers = numbers;
        this.catalog = catalog;
        this.calendars = calendars;
        this.events = events;
        this.centre = centre;
        this.clock = clock.withZone(centre.zone());
    }

    @Override
    @Transactional
    public CaseView submit(SubmitApplicationCommand c) {
        ApprovalItem item = catalog.item(c.itemCode());
        requireScope(c.actor(), item);
        ServiceCase serviceCase = ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()),
                numbers.next(centre.regionCode(), today()), item, c.applicant(), c.materials(), c.actor(), clock);
        return store(serviceCase);
    }

    @Override
    @Transactional
    public CaseView requestSupplement(RequestSupplementCommand c) {
        ServiceCase serviceCase = load(c.actor(), c.caseId());
        serviceCase.requestSupplement(itemOf(serviceCase), c.defects(), c.actor(), calendar(), clock);
        return store(serviceCase);
    }

    @Override
    @Transactional
    public CaseView supply(SupplyMaterialsCommand c) {
        ServiceCase serviceCase = load(c.actor(), c.caseId());
        serviceCase.supplyMaterials(itemOf(serviceCase), c.materials(), c.actor(), clock);
        return store(serviceCase);
    }

    @Override
    @Transactional
    public CaseView accept(AcceptCaseCommand c) {
        ServiceCase serviceCase = load(c.actor(), c.caseId());
        serviceCase.accept(itemOf(serviceCase), c.actor(), calendar(), clock);
        return store(serviceCase);
    }

    @Override
    @Transactional
    public CaseView complete(CompleteCaseCommand c) {
        ServiceCase serviceCase = load(c.actor(), c.caseId());
        serviceCase.complete(c.actor(), c.note(), calendar(), clock);
        return store(serviceCase);
    }

    @Override
    @Transactional(readOnly = true)
    public CaseView get(Actor actor, ServiceCaseId id) {
        return CaseViews.of(load(actor, id), calendar(), today());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseSummaryView> list(Actor actor, CaseListFilter filter, PageRequest page) {
        CaseListFilter scoped = filter;
        if (!seesEveryDepartment(actor)) {
            if (filter.department().isPresent() && !filter.department().get().equals(actor.department())) {
                throw new OutsideDepartmentScope(actor, filter.department().get());
            }
            scoped = new CaseListFilter(filter.status(), Optional.of(actor.department()));
        }
        WorkingDayCalendar calendar = calendar();
        return cases.findAll(scoped, page).map(c -> CaseViews.summaryOf(c, calendar));
    }

    @Override
    @Transactional(readOnly = true)
    public DeadlineExplanation explainDeadline(Actor actor, ServiceCaseId id, DeadlineKind kind) {
        ServiceCase serviceCase = load(actor, id);
        Optional<CaseClock> clockOfKind = kind == DeadlineKind.STATUTORY ? serviceCase.statutoryClock()
                : serviceCase.promisedClock();
        return clockOfKind.orElseThrow(() -> new DeadlineNotStarted(id.toString())).explain(calendar());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TransitionView> history(Actor actor, ServiceCaseId id) {
        load(actor, id);
        return cases.history(id).stream().map(t -> CaseViews.transitionOf(t, centre.zone())).toList();
    }

    private ServiceCase load(Actor actor, ServiceCaseId id) {
        ServiceCase serviceCase = cases.findById(id).orElseThrow(() -> new ResourceNotFound("case", id.toString()));
        if (!actor.mayActFor(serviceCase.department())) {
            throw new OutsideDepartmentScope(actor, serviceCase.department());
        }
        return serviceCase;
    }

    /** Supervisors and administrators oversee the whole centre; everyone else their department. */
    private static boolean seesEveryDepartment(Actor actor) {
        return actor.has(Role.SUPERVISOR) || actor.has(Role.ADMINISTRATOR);
    }

    private static void requireScope(Actor actor, ApprovalItem item) {
        if (!actor.mayActFor(item.department())) {
            throw new OutsideDepartmentScope(actor, item.department());
        }
    }

    /** The item version the case was received under: later versions do not change a running case. */
    private ApprovalItem itemOf(ServiceCase serviceCase) {
        ServiceCaseSnapshot received = serviceCase.snapshot();
        return catalog.item(received.itemCode(), received.itemVersion());
    }

    private CaseView store(ServiceCase serviceCase) {
        var pendingEvents = serviceCase.pullEvents();
        ServiceCase stored = cases.save(serviceCase);
        events.publish(pendingEvents);
        return CaseViews.of(stored, calendar(), today());
    }

    private WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
