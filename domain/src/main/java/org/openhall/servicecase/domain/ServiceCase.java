package org.openhall.servicecase.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.RequiredMaterial;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.openhall.servicecase.domain.event.CaseCompleted;
import org.openhall.servicecase.domain.event.CaseSubmitted;
import org.openhall.servicecase.domain.event.MaterialsSupplied;
import org.openhall.servicecase.domain.event.SupplementRequested;
import org.openhall.servicecase.domain.problem.CaseNotInExpectedState;
import org.openhall.servicecase.domain.problem.MaterialsIncomplete;
import org.openhall.servicecase.domain.problem.NoticePeriodExpired;
import org.openhall.servicecase.domain.problem.NothingToNotify;
import org.openhall.servicecase.domain.problem.OneTimeNoticeAlreadyIssued;
import org.openhall.servicecase.domain.problem.UnknownMaterial;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Deadline;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * A case (办件): one application for one approval item, from receipt to completion.
 *
 * <p>Every step is a method that checks the state, changes it, and records both a domain event
 * (for other contexts) and a {@link CaseTransition} (the audit trail, 实时留痕). Time always comes
 * from the {@link Clock} handed in; the working-day arithmetic from the {@link WorkingDayCalendar}.
 *
 * <p>Invariants: a submission round gets at most one one-time notice (Administrative Licensing Law
 * Art. 32); a case is accepted only when every mandatory material is there; the statutory and
 * promised clocks start on the day of acceptance (day 0, Art. 42 and 82).
 */
public final class ServiceCase implements AggregateRoot<ServiceCase, ServiceCaseId> {

    /** Art. 32: the one-time notice is due on the spot or within five working days of receipt. */
    public static final TimeLimit ONE_TIME_NOTICE_PERIOD = TimeLimit.workingDays(5);

    private final ServiceCaseId id;
    private final CaseNumber number;
    private final ApprovalItemCode itemCode;
    private final int itemVersion;
    private final String itemName;
    private final DepartmentCode department;
    private final Applicant applicant;
    private final Instant receivedAt;
    private final LocalDate receivedOn;
    private final String receivedBy;
    private final WindowCode window;
    private final long version;

    private CaseStatus status;
    private int submissionRound;
    private LocalDate roundReceivedOn;
    private final Set<String> providedMaterials;
    private final List<OneTimeNotice> notices;
    private LocalDate acceptedOn;
    private CaseClock statutoryClock;
    private CaseClock promisedClock;
    private LocalDate completedOn;
    private int transitionCount;

    private final List<DomainEvent> pendingEvents = new ArrayList<>();
    private final List<CaseTransition> pendingTransitions = new ArrayList<>();

    private ServiceCase(ServiceCaseSnapshot s) {
        this.id = s.id();
        this.number = s.number();
        this.itemCode = s.itemCode();
        this.itemVersion = s.itemVersion();
        this.itemName = s.itemName();
        this.department = s.department();
        this.applicant = s.applicant();
        this.status = s.status();
        this.receivedAt = s.receivedAt();
        this.receivedOn = s.receivedOn();
        this.receivedBy = s.receivedBy();
        this.window = s.window();
        this.submissionRound = s.submissionRound();
        this.roundReceivedOn = s.roundReceivedOn();
        this.providedMaterials = new LinkedHashSet<>(s.providedMaterials());
        this.notices = new ArrayList<>(s.notices());
        this.acceptedOn = s.acceptedOn();
        this.statutoryClock = s.statutoryClock();
        this.promisedClock = s.promisedClock();
        this.completedOn = s.completedOn();
        this.transitionCount = s.transitionCount();
        this.version = s.version();
    }

    /** Rebuilds a stored case; records no event and no transition. */
    public static ServiceCase restore(ServiceCaseSnapshot snapshot) {
        return new ServiceCase(snapshot);
    }

    /**
     * 收件: receives an application for {@code item} with the materials handed in.
     *
     * @throws UnknownMaterial when a material code is not one of the item's
     */
    public static ServiceCase submit(ServiceCaseId id, CaseNumber number, ApprovalItem item, Applicant applicant,
            Set<String> provided, Actor clerk, Clock clock) {
        return submit(id, number, item, applicant, provided, null, clerk, clock);
    }

    /**
     * 收件 at {@code window}: the case then belongs to that window's work, and goes to its B post
     * while the A post is absent.
     */
    public static ServiceCase submit(ServiceCaseId id, CaseNumber number, ApprovalItem item, Applicant applicant,
            Set<String> provided, WindowCode window, Actor clerk, Clock clock) {
        requireKnown(item, provided);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        ServiceCase c = new ServiceCase(new ServiceCaseSnapshot(id, number, item.code(), item.version(), item.name(),
                item.department(), applicant, CaseStatus.SUBMITTED, now, today, clerk.username(), window, 1, today,
                provided, List.of(), null, null, null, null, 0, 0));
        c.record(CaseAction.SUBMIT, null, clerk, now, provided.size() + " material(s) received");
        c.pendingEvents.add(new CaseSubmitted(id.toString(), number.value(), item.department().value(),
                c.transitionCount, clerk.username(), now, item.code().value(), item.version(), today, "WINDOW",
                window == null ? null : window.value(), item.content().onlineAvailable()));
        return c;
    }

    /**
     * 一次告知: tells the applicant everything that is missing (computed from the item) and every
     * material handed in that is defective ({@code defects}: material code → what is wrong).
     */
    public OneTimeNotice requestSupplement(ApprovalItem item, Map<String, String> defects, Actor clerk,
            WorkingDayCalendar calendar, Clock clock) {
        if (status == CaseStatus.SUPPLEMENT_REQUESTED) {
            // The notice of this submission is out; the law allows no second one (Art. 32).
            throw new OneTimeNoticeAlreadyIssued(submissionRound);
        }
        requireStatus(CaseAction.REQUEST_SUPPLEMENT, CaseStatus.SUBMITTED);
        requireKnown(item, defects.keySet());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate lastDay = noticeDeadline(calendar);
        if (today.isAfter(lastDay)) {
            throw new NoticePeriodExpired(lastDay);
        }
        List<MissingMaterial> lines = new ArrayList<>();
        for (RequiredMaterial m : item.missingFrom(providedMaterials)) {
            lines.add(new MissingMaterial(m.code(), m.name(), null));
        }
        for (Map.Entry<String, String> d : defects.entrySet()) {
            RequiredMaterial m = item.material(d.getKey()).orElseThrow();
            lines.add(new MissingMaterial(m.code(), m.name(), d.getValue()));
        }
        if (lines.isEmpty()) {
            throw new NothingToNotify();
        }
        OneTimeNotice notice = new OneTimeNotice(submissionRound, lines, today, clerk.username());
        notices.add(notice);
        // A defective material no longer counts as provided: it has to be handed in again.
        providedMaterials.removeAll(defects.keySet());
        CaseStatus from = status;
        status = CaseStatus.SUPPLEMENT_REQUESTED;
        record(CaseAction.REQUEST_SUPPLEMENT, from, clerk, now, lines.size() + " material(s) to supply");
        pendingEvents.add(new SupplementRequested(id.toString(), number.value(), department.value(), transitionCount,
                clerk.username(), now, submissionRound, lines.stream().map(MissingMaterial::code).toList(), today));
        return notice;
    }

    /** 补正: the applicant hands in materials after a notice; this opens a new submission round. */
    public void supplyMaterials(ApprovalItem item, Set<String> supplied, Actor clerk, Clock clock) {
        requireStatus(CaseAction.SUPPLY_MATERIALS, CaseStatus.SUPPLEMENT_REQUESTED);
        requireKnown(item, supplied);
        Instant now = clock.instant();
        providedMaterials.addAll(supplied);
        submissionRound++;
        roundReceivedOn = LocalDate.ofInstant(now, clock.getZone());
        CaseStatus from = status;
        status = CaseStatus.SUBMITTED;
        record(CaseAction.SUPPLY_MATERIALS, from, clerk, now, supplied.size() + " material(s) supplied");
        pendingEvents.add(new MaterialsSupplied(id.toString(), number.value(), department.value(), transitionCount,
                clerk.username(), now, submissionRound, List.copyOf(supplied)));
    }

    /**
     * 受理: accepts the case. Both clocks start today (day 0) with the item's statutory and
     * promised limits.
     *
     * @throws MaterialsIncomplete when a mandatory material is missing
     */
    public void accept(ApprovalItem item, Actor clerk, WorkingDayCalendar calendar, Clock clock) {
        requireStatus(CaseAction.ACCEPT, CaseStatus.SUBMITTED);
        List<RequiredMaterial> missing = item.missingFrom(providedMaterials);
        if (!missing.isEmpty()) {
            throw new MaterialsIncomplete(missing.stream().map(RequiredMaterial::code).toList());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        acceptedOn = today;
        statutoryClock = CaseClock.start(today, item.statutoryLimit());
        promisedClock = CaseClock.start(today, item.promisedLimit());
        Deadline statutory = statutoryClock.deadline(calendar);
        Deadline promised = promisedClock.deadline(calendar);
        CaseStatus from = status;
        status = CaseStatus.ACCEPTED;
        record(CaseAction.ACCEPT, from, clerk, now, "promised due " + promised.dueDate() + ", statutory due "
                + statutory.dueDate());
        pendingEvents.add(new CaseAccepted(id.toString(), number.value(), department.value(), transitionCount,
                clerk.username(), now, today, statutory.dueDate(), promised.dueDate(),
                statutory.provisional() || promised.provisional(), false, List.of(), null));
    }

    /** 办结: completes an accepted case, noting whether it kept the promised and statutory limits. */
    public void complete(Actor handler, String note, WorkingDayCalendar calendar, Clock clock) {
        requireStatus(CaseAction.COMPLETE, CaseStatus.ACCEPTED);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        completedOn = today;
        boolean promisedKept = !promisedClock.isOverdue(today, calendar);
        boolean statutoryKept = !statutoryClock.isOverdue(today, calendar);
        CaseStatus from = status;
        status = CaseStatus.COMPLETED;
        record(CaseAction.COMPLETE, from, handler, now, note == null || note.isBlank() ? "completed" : note);
        pendingEvents.add(new CaseCompleted(id.toString(), number.value(), department.value(), transitionCount,
                handler.username(), now, today, "APPROVED", null, null, promisedKept, statutoryKept, null));
    }

    /** The last day on which a one-time notice may be issued for the current submission round. */
    public LocalDate noticeDeadline(WorkingDayCalendar calendar) {
        return CaseClock.start(roundReceivedOn, ONE_TIME_NOTICE_PERIOD).deadline(calendar).dueDate();
    }

    private void requireStatus(CaseAction action, CaseStatus expected) {
        if (status != expected) {
            throw new CaseNotInExpectedState(action, status);
        }
    }

    private static void requireKnown(ApprovalItem item, Set<String> codes) {
        List<String> unknown = codes.stream().filter(c -> item.material(c).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownMaterial(item.code().value(), unknown);
        }
    }

    private void record(CaseAction action, CaseStatus from, Actor actor, Instant at, String note) {
        transitionCount++;
        pendingTransitions.add(new CaseTransition(id, transitionCount, action, from, status, actor.username(),
                actor.department() == null ? null : actor.department().value(), actor.actingFor(), at, note));
    }

    /** Hands out the events recorded since the case was loaded and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    /** Hands out the transitions recorded since the case was loaded and forgets them. */
    public List<CaseTransition> pullTransitions() {
        List<CaseTransition> transitions = List.copyOf(pendingTransitions);
        pendingTransitions.clear();
        return transitions;
    }

    public ServiceCaseSnapshot snapshot() {
        return new ServiceCaseSnapshot(id, number, itemCode, itemVersion, itemName, department, applicant, status,
                receivedAt, receivedOn, receivedBy, window, submissionRound, roundReceivedOn, providedMaterials, notices,
                acceptedOn, statutoryClock, promisedClock, completedOn, transitionCount, version);
    }

    @Override
    public ServiceCaseId getId() {
        return id;
    }

    public CaseNumber number() {
        return number;
    }

    public DepartmentCode department() {
        return department;
    }

    public CaseStatus status() {
        return status;
    }

    public ApprovalItemCode itemCode() {
        return itemCode;
    }

    public Applicant applicant() {
        return applicant;
    }

    public Set<String> providedMaterials() {
        return Collections.unmodifiableSet(providedMaterials);
    }

    public List<OneTimeNotice> notices() {
        return Collections.unmodifiableList(notices);
    }

    public Optional<CaseClock> statutoryClock() {
        return Optional.ofNullable(statutoryClock);
    }

    public Optional<CaseClock> promisedClock() {
        return Optional.ofNullable(promisedClock);
    }

    /** The window where the case was received, if known. */
    public Optional<WindowCode> window() {
        return Optional.ofNullable(window);
    }

    public long version() {
        return version;
    }
}
