package org.openhall.servicecase.application.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.IntakeStepView;
import org.openhall.servicecase.application.port.in.InviteApplicantCommand;
import org.openhall.servicecase.application.port.in.InviteApplicantUseCase;
import org.openhall.servicecase.application.port.in.PreApplicationListFilter;
import org.openhall.servicecase.application.port.in.PreApplicationQuery;
import org.openhall.servicecase.application.port.in.PreApplicationStatusQuery;
import org.openhall.servicecase.application.port.in.PreApplicationStatusView;
import org.openhall.servicecase.application.port.in.PreApplicationView;
import org.openhall.servicecase.application.port.in.ReceivePreApplicationCommand;
import org.openhall.servicecase.application.port.in.ReceivePreApplicationUseCase;
import org.openhall.servicecase.application.port.in.RequestCorrectionsCommand;
import org.openhall.servicecase.application.port.in.RequestCorrectionsUseCase;
import org.openhall.servicecase.application.port.in.ResubmitPreApplicationCommand;
import org.openhall.servicecase.application.port.in.ResubmitPreApplicationUseCase;
import org.openhall.servicecase.application.port.in.SubmitApplicationCommand;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.servicecase.application.port.in.SubmitApplicationUseCase;
import org.openhall.servicecase.application.port.in.SubmitPreApplicationCommand;
import org.openhall.servicecase.application.port.in.SubmitPreApplicationUseCase;
import org.openhall.servicecase.application.port.out.PreApplicationRepository;
import org.openhall.servicecase.domain.preapplication.PreApplication;
import org.openhall.servicecase.domain.preapplication.PreApplicationId;
import org.openhall.servicecase.domain.preapplication.PreApplicationReference;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online pre-applications and their pre-review (网上预申请 / 预审). Citizens submit, check and
 * resubmit without an account, proving themselves with the reference and the last four digits of
 * their phone; the item's department reviews within the county's limit and receives the invited
 * applicant at the window by creating the case through {@link SubmitApplicationUseCase}, in the
 * same transaction as the pre-application records it.
 */
@Application
public class PreApplicationService implements SubmitPreApplicationUseCase, ResubmitPreApplicationUseCase,
        PreApplicationStatusQuery, RequestCorrectionsUseCase, InviteApplicantUseCase, ReceivePreApplicationUseCase,
        PreApplicationQuery {

    /**
     * The county parameter with the pre-review limit in working days. Pre-review is a local service
     * promise, not a statutory period: the county pack sets it.
     */
    public static final String REVIEW_LIMIT_KEY = "pre-review.working-days";

    /** The limit when the county sets none: two working days, the common promise of county centres. */
    public static final int DEFAULT_REVIEW_WORKING_DAYS = 2;

    private static final String RESOURCE = "pre-application";
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter REFERENCE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final PreApplicationRepository preApplications;
    private final ApprovalItemLookup catalog;
    private final SubmitApplicationUseCase applications;
    private final WorkingDayCalendarQuery calendars;
    private final CountyParameters parameters;
    private final DomainEventPublisher events;
    private final CentreProfile centre;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PreApplicationService(PreApplicationRepository preApplications, ApprovalItemLookup catalog,
            SubmitApplicationUseCase applications, WorkingDayCalendarQuery calendars, CountyParameters parameters,
            DomainEventPublisher events, CentreProfile centre, Clock clock) {
        this.preApplications = preApplications;
        this.catalog = catalog;
        this.applications = applications;
        this.calendars = calendars;
        this.parameters = parameters;
        this.events = events;
        this.centre = centre;
        this.clock = clock.withZone(centre.zone());
    }

    @Override
    @Transactional
    public PreApplicationStatusView submit(SubmitPreApplicationCommand c) {
        ApprovalItem item = catalog.item(c.itemCode());
        PreApplication p = PreApplication.submit(new PreApplicationId(UUID.randomUUID()), newReference(), item,
                c.applicant(), c.materials(), c.note(), reviewWorkingDays(), calendar(), clock);
        return IntakeViews.statusOf(store(p));
    }

    @Override
    @Transactional
    public PreApplicationStatusView resubmit(ResubmitPreApplicationCommand c) {
        PreApplication p = loadForApplicant(c.reference(), c.phoneLastFour());
        p.resubmit(itemOf(p), c.materials(), c.note(), reviewWorkingDays(), calendar(), clock);
        return IntakeViews.statusOf(store(p));
    }

    @Override
    @Transactional(readOnly = true)
    public PreApplicationStatusView status(PreApplicationReference reference, String phoneLastFour) {
        return IntakeViews.statusOf(loadForApplicant(reference, phoneLastFour));
    }

    @Override
    @Transactional
    public PreApplicationView requestCorrections(RequestCorrectionsCommand c) {
        PreApplication p = loadInScope(c.actor(), c.preApplicationId());
        p.requestCorrections(itemOf(p), c.corrections(), c.actor(), clock);
        return IntakeViews.of(store(p), today());
    }

    @Override
    @Transactional
    public PreApplicationView invite(InviteApplicantCommand c) {
        PreApplication p = loadInScope(c.actor(), c.preApplicationId());
        p.invite(c.appointment(), c.actor(), calendar(), clock);
        return IntakeViews.of(store(p), today());
    }

    @Override
    @Transactional
    public PreApplicationView receive(ReceivePreApplicationCommand c) {
        PreApplication p = loadInScope(c.actor(), c.preApplicationId());
        // Refuse before the case exists, so that a refused receipt leaves no case behind.
        p.requireReceivable(c.confirmedMaterials(), clock);
        // 网上申请: the case says it came online and names the pre-application it grew from.
        CaseView received = applications.submit(new SubmitApplicationCommand(c.actor(), p.itemCode(), p.applicant(),
                c.confirmedMaterials(), c.window() != null ? c.window() : p.appointment().orElseThrow().window(),
                SubmissionChannel.ONLINE, null, p.reference().value()));
        p.received(received.id(), received.number(), c.actor(), clock);
        return IntakeViews.of(store(p), today());
    }

    @Override
    @Transactional(readOnly = true)
    public PreApplicationView get(Actor actor, PreApplicationId id) {
        return IntakeViews.of(loadInScope(actor, id), today());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PreApplicationView> list(Actor actor, PreApplicationListFilter filter, PageRequest page) {
        Optional<DepartmentCode> department = filter.department();
        if (!(actor.has(Role.SUPERVISOR) || actor.has(Role.ADMINISTRATOR))) {
            if (department.isPresent() && !department.get().equals(actor.department())) {
                throw new OutsideDepartmentScope(actor, department.get());
            }
            department = Optional.of(actor.department());
        }
        LocalDate today = today();
        return preApplications.findAll(filter.state(), department,
                filter.overdue() ? Optional.of(today) : Optional.empty(), page).map(p -> IntakeViews.of(p, today));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IntakeStepView> history(Actor actor, PreApplicationId id) {
        loadInScope(actor, id);
        return preApplications.history(id).stream().map(t -> IntakeViews.stepOf(t, centre.zone())).toList();
    }

    /** The county's pre-review limit ({@value #REVIEW_LIMIT_KEY}), or the default when it sets none. */
    int reviewWorkingDays() {
        Optional<String> configured = parameters.get(REVIEW_LIMIT_KEY);
        if (configured.isEmpty()) {
            return DEFAULT_REVIEW_WORKING_DAYS;
        }
        try {
            return Integer.parseInt(configured.get().strip());
        } catch (NumberFormatException e) {
            throw new InvalidValue(REVIEW_LIMIT_KEY, "the county parameter must be a whole number of working days");
        }
    }

    /** Unknown reference and wrong phone digits look the same, so that references cannot be probed. */
    private PreApplication loadForApplicant(PreApplicationReference reference, String phoneLastFour) {
        return preApplications.findByReference(reference).filter(p -> p.phoneEndsWith(phoneLastFour))
                .orElseThrow(() -> new ResourceNotFound(RESOURCE, reference.value()));
    }

    private PreApplication loadInScope(Actor actor, PreApplicationId id) {
        PreApplication p = preApplications.findById(id)
                .orElseThrow(() -> new ResourceNotFound(RESOURCE, id.toString()));
        if (!actor.mayActFor(p.department())) {
            throw new OutsideDepartmentScope(actor, p.department());
        }
        return p;
    }

    /** The item version the pre-application was made for: later catalog changes do not move its goalposts. */
    private ApprovalItem itemOf(PreApplication p) {
        return catalog.item(p.itemCode(), p.itemVersion());
    }

    private PreApplicationReference newReference() {
        StringBuilder suffix = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            suffix.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
        }
        return new PreApplicationReference("YS" + today().format(REFERENCE_DAY) + "-" + suffix);
    }

    private PreApplication store(PreApplication p) {
        var pending = p.pullEvents();
        PreApplication stored = preApplications.save(p);
        events.publish(pending);
        return stored;
    }

    private WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
