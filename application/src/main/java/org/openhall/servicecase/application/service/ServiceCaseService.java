package org.openhall.servicecase.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.network.application.port.in.HallScopeQuery;
import org.openhall.network.application.port.in.WindowDuty;
import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.network.domain.DutyStatus;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
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
import org.openhall.servicecase.domain.CaseNumberPattern;
import org.openhall.servicecase.domain.DeferredSupply;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.Submission;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.OutsideHallScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.HallScope;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.identity.TimeOrderedUuid;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The window's case handling: every step loads the case, checks the caller's department and hall scope,
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
    private final WindowDutyQuery duties;
    private final CentreProfile centre;
    private final CountyParameters parameters;
    private final HallScopeQuery halls;
    private final Clock clock;

    /** The county parameter that sets the case number pattern (办件编号规则). */
    public static final String NUMBER_PATTERN_KEY = "case.number-pattern";

    public ServiceCaseService(ServiceCaseRepository cases, CaseNumberSequence numbers, ApprovalItemLookup catalog,
            WorkingDayCalendarQuery calendars, DomainEventPublisher events, WindowDutyQuery duties,
            CentreProfile centre, Clock clock) {
        this(cases, numbers, catalog, calendars, events, duties, centre, null, clock);
    }

    /**
     * @param parameters the county's parameters, read for {@value #NUMBER_PATTERN_KEY}; {@code null}
     *        numbers cases by {@link CaseNumberPattern#DEFAULT}
     */
    public ServiceCaseService(ServiceCaseRepository cases, CaseNumberSequence numbers, ApprovalItemLookup catalog,
            WorkingDayCalendarQuery calendars, DomainEventPublisher events, WindowDutyQuery duties,
            CentreProfile centre, CountyParameters parameters, Clock clock) {
        this(cases, numbers, catalog, calendars, events, duties, centre, parameters, null, clock);
    }

    /**
     * @param halls where windows and staff stand in the network, for the hall that holds a case
     *        received at a window; {@code null} holds every case at the receiving clerk's hall
     */
    public ServiceCaseService(ServiceCaseRepository cases, CaseNumberSequence numbers, ApprovalItemLookup catalog,
            WorkingDayCalendarQuery calendars, DomainEventPublisher events, WindowDutyQuery duties,
            CentreProfile centre, CountyParameters parameters, HallScopeQuery halls, Clock clock) {
        this.parameters = parameters;
        this.halls = halls;
        this.duties = duties;
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
        HallScope heldAt = heldAt(c.actor(), c.window());
        if (!c.actor().mayActAt(heldAt)) {
            // Receiving at another hall's window would hand that hall a case its own staff did not take in.
            throw new OutsideHallScope(c.actor(), heldAt);
        }
        // Time-ordered: the rows of the day's cases, in every table keyed by the case, share the last pages.
        ServiceCase serviceCase = ServiceCase.submit(new ServiceCaseId(TimeOrderedUuid.next(clock)),
                numbers.next(numberPattern(), centre.regionCode(), today()), item, c.applicant(), c.materials(),
                new Submission(c.channel(), c.window(), c.agent(), c.preApplicationReference()), heldAt,
                atWindow(c.actor(), c.window()), clock);
        return store(serviceCase);
    }

    @Override
    @Transactional
    public CaseView requestSupplement(RequestSupplementCommand c) {
        ServiceCase serviceCase = load(c.actor(), c.caseId());
        serviceCase.requestSupplement(itemOf(serviceCase), c.defects(), atWindowOf(c.actor(), serviceCase), calendar(),
                clock);
        return store(serviceCase);
    }

    @Override
    @Transactional
    public CaseView supply(SupplyMaterialsCommand c) {
        ServiceCase serviceCase = load(c.actor(), c.caseId());
        serviceCase.supplyMaterials(itemOf(serviceCase), c.materials(), atWindowOf(c.actor(), serviceCase), clock);
        return store(serviceCase);
    }

    @Override
    @Transactional
    public CaseView accept(AcceptCaseCommand c) {
        ServiceCase serviceCase = load(c.actor(), c.caseId());
        DeferredSupply deferral = c.deferredMaterials().isEmpty() ? null
                : new DeferredSupply(c.deferredMaterials(), c.commitment(), c.supplyBy(), null);
        serviceCase.accept(itemOf(serviceCase), deferral, atWindowOf(c.actor(), serviceCase), calendar(), clock);
        return store(serviceCase);
    }

    @Override
    @Transactional
    public CaseView complete(CompleteCaseCommand c) {
        ServiceCase serviceCase = load(c.actor(), c.caseId());
        serviceCase.complete(atWindowOf(c.actor(), serviceCase), c.note(), calendar(), clock);
        return store(serviceCase);
    }

    @Override
    @Transactional(readOnly = true)
    public CaseView get(Actor actor, ServiceCaseId id) {
        return CaseViews.of(load(actor, id), calendar(), today());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseView> find(Actor actor, ServiceCaseId id) {
        return CasesStoredInTransaction.recall(id).or(() -> cases.findById(id)).map(serviceCase -> {
            CaseScope.require(actor, serviceCase);
            return CaseViews.of(serviceCase, calendar(), today());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseSummaryView> list(Actor actor, CaseListFilter filter, PageRequest page) {
        CaseListFilter scoped = filter;
        if (!seesEveryDepartment(actor)) {
            if (filter.department().isPresent() && !filter.department().get().equals(actor.department())) {
                throw new OutsideDepartmentScope(actor, filter.department().get());
            }
            scoped = filter.inDepartment(actor.department());
        }
        if (!actor.spansLevels()) {
            // Staff tied to one level list only what their hall handles, as they may open only that.
            scoped = scoped.handledAt(actor.placeOrCity());
        }
        WorkingDayCalendar calendar = calendar();
        return cases.findAll(scoped, page).map(c -> CaseViews.summaryOf(c, calendar, today()));
    }

    @Override
    @Transactional(readOnly = true)
    public DeadlineExplanation explainDeadline(Actor actor, ServiceCaseId id, DeadlineKind kind) {
        ServiceCase serviceCase = load(actor, id);
        Optional<CaseClock> clockOfKind = kind == DeadlineKind.STATUTORY ? serviceCase.statutoryClock()
                : serviceCase.promisedClock();
        // As of today, so that a case paused for a special procedure explains itself too.
        return clockOfKind.orElseThrow(() -> new DeadlineNotStarted(id.toString())).explain(calendar(), today());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TransitionView> history(Actor actor, ServiceCaseId id) {
        load(actor, id);
        return cases.history(id).stream().map(t -> CaseViews.transitionOf(t, centre.zone())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseSummaryView> queue(Actor actor, PageRequest page) {
        LocalDate today = today();
        Set<WindowCode> served = new LinkedHashSet<>();
        for (WindowDuty duty : duties.dutiesOf(new StaffUsername(actor.username()), today)) {
            if (actor.username().equals(duty.servedBy())) {
                served.add(duty.window());
            }
        }
        if (served.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        WorkingDayCalendar calendar = calendar();
        return cases.findOpenAtWindows(served, page).map(c -> CaseViews.summaryOf(c, calendar, today()));
    }

    /**
     * The actor as the record should name them at {@code window} today: when the window's A post is
     * absent and the actor is its B post, the actor acts for A (A/B岗: B has A's full authority, the
     * audit says so). Time limits are unaffected.
     */
    private Actor atWindow(Actor actor, WindowCode window) {
        if (window == null) {
            return actor;
        }
        WindowDuty duty = duties.dutyOf(window, today());
        if (duty.status() == DutyStatus.B_ACTING_FOR_A && actor.username().equals(duty.servedBy())) {
            return actor.inPlaceOf(duty.actingFor());
        }
        return actor;
    }

    /** Where a case received now is held (属地): the receiving window's hall, else the clerk's, else the city. */
    private HallScope heldAt(Actor clerk, WindowCode window) {
        if (window != null && halls != null) {
            return halls.scopeOfWindow(window);
        }
        return clerk.placeOrCity();
    }

    private Actor atWindowOf(Actor actor, ServiceCase serviceCase) {
        return atWindow(actor, serviceCase.window().orElse(null));
    }

    private ServiceCase load(Actor actor, ServiceCaseId id) {
        ServiceCase serviceCase = cases.findById(id).orElseThrow(() -> new ResourceNotFound("case", id.toString()));
        CaseScope.require(actor, serviceCase);
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
        CasesStoredInTransaction.remember(stored);
        events.publish(pendingEvents);
        return CaseViews.of(stored, calendar(), today());
    }

    /** The county's case number pattern, read on every receipt so that a changed pack applies at once. */
    private CaseNumberPattern numberPattern() {
        return parameters == null ? CaseNumberPattern.DEFAULT
                : parameters.get(NUMBER_PATTERN_KEY).map(CaseNumberPattern::new).orElse(CaseNumberPattern.DEFAULT);
    }

    private WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
