package org.openhall.servicecase.domain.preapplication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.event.PreApplicationCorrectionsRequested;
import org.openhall.servicecase.domain.event.PreApplicationInvited;
import org.openhall.servicecase.domain.event.PreApplicationReceived;
import org.openhall.servicecase.domain.event.PreApplicationResubmitted;
import org.openhall.servicecase.domain.event.PreApplicationSubmitted;
import org.openhall.servicecase.domain.problem.AppointmentInThePast;
import org.openhall.servicecase.domain.problem.AppointmentNotOnWorkingDay;
import org.openhall.servicecase.domain.problem.AppointmentNotYetDue;
import org.openhall.servicecase.domain.problem.MaterialNotDeclared;
import org.openhall.servicecase.domain.problem.PreApplicationNotInExpectedState;
import org.openhall.servicecase.domain.problem.UnknownMaterial;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * An online pre-application (网上预申请) and its pre-review (预审): before coming to the centre, a
 * citizen declares the item, who they are and the materials they will bring; the item's department
 * checks it within the county's pre-review limit ({@code pre-review.working-days}, a local rule) and
 * either asks for all corrections at once or invites the applicant to a window on a working day.
 * At the window the clerk receives it as an ordinary case (收件), whose statutory clocks start only
 * then: pre-review is a service, not the acceptance of Art. 32 of the Administrative Licensing Law.
 *
 * <p>The pre-review limit counts like every limit in working days: the day of (re)submission is
 * day 0, the due day is a working day, and the pre-review is overdue from the next calendar day.
 */
public final class PreApplication implements AggregateRoot<PreApplication, PreApplicationId> {

    /** The actor named in the history for steps the citizen takes online. */
    public static final String APPLICANT = "applicant";

    /** A note is a few sentences, not a document. */
    public static final int MAX_NOTE = 1000;

    private final PreApplicationId id;
    private final PreApplicationReference reference;
    private final ApprovalItemCode itemCode;
    private final int itemVersion;
    private final DepartmentCode department;
    private final Applicant applicant;
    private final long version;

    private Set<String> materials;
    private String note;
    private PreApplicationState state;
    private int round;
    private Instant submittedAt;
    private LocalDate submittedOn;
    private LocalDate reviewDue;
    private List<Correction> corrections;
    private Appointment appointment;
    private String caseId;
    private String caseNumber;
    private int transitionCount;

    private final List<DomainEvent> pendingEvents = new ArrayList<>();
    private final List<PreApplicationTransition> pendingTransitions = new ArrayList<>();

    private PreApplication(PreApplicationSnapshot s) {
        this.id = s.id();
        this.reference = s.reference();
        this.itemCode = s.itemCode();
        this.itemVersion = s.itemVersion();
        this.department = s.department();
        this.applicant = s.applicant();
        this.materials = s.materials();
        this.note = s.note();
        this.state = s.state();
        this.round = s.round();
        this.submittedAt = s.submittedAt();
        this.submittedOn = s.submittedOn();
        this.reviewDue = s.reviewDue();
        this.corrections = s.corrections();
        this.appointment = s.appointment();
        this.caseId = s.caseId();
        this.caseNumber = s.caseNumber();
        this.transitionCount = s.transitionCount();
        this.version = s.version();
    }

    /** Rebuilds a stored pre-application; records no event and no transition. */
    public static PreApplication restore(PreApplicationSnapshot snapshot) {
        return new PreApplication(snapshot);
    }

    /**
     * 网上提交: the applicant submits a pre-application for {@code item}; its department is to
     * pre-review it within {@code reviewWorkingDays} working days.
     *
     * @throws UnknownMaterial when a material code is not one of the item's
     */
    public static PreApplication submit(PreApplicationId id, PreApplicationReference reference, ApprovalItem item,
            Applicant applicant, Set<String> materials, String note, int reviewWorkingDays,
            WorkingDayCalendar calendar, Clock clock) {
        if (applicant == null) {
            throw new InvalidValue("applicant", "must not be missing");
        }
        Set<String> declared = known(item, materials);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate due = calendar.addWorkingDays(today, requireLimit(reviewWorkingDays));
        PreApplication p = new PreApplication(new PreApplicationSnapshot(id, reference, item.code(), item.version(),
                item.department(), applicant, declared, note(note), PreApplicationState.PENDING_REVIEW, 1, now,
                today, due, List.of(), null, null, null, 0, 0));
        p.recordTransition(PreApplicationAction.SUBMIT, null, null, now, "review due " + due);
        p.pendingEvents.add(new PreApplicationSubmitted(id.toString(), reference.value(), item.department().value(),
                item.code().value(), due, now));
        return p;
    }

    /**
     * 预审补正: asks for every correction at once (一次告知 in spirit: one list, not a drip).
     *
     * @param item the item version the pre-application was made for
     * @throws UnknownMaterial when a correction names a material the item does not list
     */
    public void requestCorrections(ApprovalItem item, List<Correction> requested, Actor reviewer, Clock clock) {
        PreApplicationState from = require(PreApplicationAction.REQUEST_CORRECTIONS,
                PreApplicationState.PENDING_REVIEW);
        if (requested == null || requested.isEmpty()) {
            throw new InvalidValue("corrections", "must list at least one material to correct");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Correction c : requested) {
            if (c == null) {
                throw new InvalidValue("corrections", "must not contain empty entries");
            }
            if (!codes.add(c.materialCode())) {
                throw new InvalidValue("corrections.materialCode", "names a material twice: say all about it in one point");
            }
        }
        known(item, codes);
        Instant now = clock.instant();
        this.corrections = List.copyOf(requested);
        this.state = PreApplicationState.CORRECTIONS_REQUESTED;
        recordTransition(PreApplicationAction.REQUEST_CORRECTIONS, from, reviewer, now, String.join(", ", codes));
        pendingEvents.add(new PreApplicationCorrectionsRequested(id.toString(), reference.value(), department.value(),
                List.copyOf(codes), reviewer.username(), now));
    }

    /**
     * 补正提交: the applicant resubmits after corrections, with the materials now declared; a new
     * pre-review limit runs from today.
     */
    public void resubmit(ApprovalItem item, Set<String> newMaterials, String newNote, int reviewWorkingDays,
            WorkingDayCalendar calendar, Clock clock) {
        PreApplicationState from = require(PreApplicationAction.RESUBMIT, PreApplicationState.CORRECTIONS_REQUESTED);
        Set<String> declared = known(item, newMaterials);
        String text = note(newNote);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        this.materials = declared;
        if (text != null) {
            this.note = text;
        }
        this.round++;
        this.submittedAt = now;
        this.submittedOn = today;
        this.reviewDue = calendar.addWorkingDays(today, requireLimit(reviewWorkingDays));
        this.state = PreApplicationState.PENDING_REVIEW;
        recordTransition(PreApplicationAction.RESUBMIT, from, null, now, "round " + round + ", review due " + reviewDue);
        pendingEvents.add(new PreApplicationResubmitted(id.toString(), reference.value(), department.value(), round,
                reviewDue, now));
    }

    /**
     * 预审通过、预约: invites the applicant to a window. The day must be a working day of the
     * calendar and not before today.
     */
    public void invite(Appointment offered, Actor reviewer, WorkingDayCalendar calendar, Clock clock) {
        PreApplicationState from = require(PreApplicationAction.INVITE, PreApplicationState.PENDING_REVIEW);
        if (offered == null) {
            throw new InvalidValue("appointment", "must not be missing");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (offered.date().isBefore(today)) {
            throw new AppointmentInThePast(offered.date(), today);
        }
        if (!calendar.isWorkingDay(offered.date())) {
            throw new AppointmentNotOnWorkingDay(offered.date());
        }
        this.appointment = offered;
        this.state = PreApplicationState.INVITED;
        recordTransition(PreApplicationAction.INVITE, from, reviewer, now,
                offered.date() + " " + offered.timeSlot() + " " + offered.window().value());
        pendingEvents.add(new PreApplicationInvited(id.toString(), reference.value(), department.value(),
                offered.date(), offered.timeSlot(), offered.window().value(), reviewer.username(), now));
    }

    /**
     * Checks, before the case is created, that the pre-application can be received today with the
     * materials the clerk confirmed: it is invited, the appointment's day has come, and every
     * confirmed material was declared.
     */
    public void requireReceivable(Set<String> confirmed, Clock clock) {
        require(PreApplicationAction.RECEIVE, PreApplicationState.INVITED);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        if (today.isBefore(appointment.date())) {
            throw new AppointmentNotYetDue(appointment.date());
        }
        List<String> undeclared = new TreeSet<>(confirmed).stream().filter(m -> !materials.contains(m)).toList();
        if (!undeclared.isEmpty()) {
            throw new MaterialNotDeclared(undeclared);
        }
    }

    /** 窗口收件: records the case the pre-application became; it is closed. */
    public void received(String newCaseId, String newCaseNumber, Actor clerk, Clock clock) {
        PreApplicationState from = require(PreApplicationAction.RECEIVE, PreApplicationState.INVITED);
        if (newCaseId == null || newCaseNumber == null) {
            throw new InvalidValue("caseId", "the case the pre-application became must be named");
        }
        Instant now = clock.instant();
        this.caseId = newCaseId;
        this.caseNumber = newCaseNumber;
        this.state = PreApplicationState.RECEIVED;
        recordTransition(PreApplicationAction.RECEIVE, from, clerk, now, newCaseNumber);
        pendingEvents.add(new PreApplicationReceived(id.toString(), reference.value(), department.value(), newCaseId,
                newCaseNumber, clerk.username(), now));
    }

    /** Whether the pre-review is late on {@code day}: still pending after its due day. */
    public boolean reviewOverdueOn(LocalDate day) {
        return state == PreApplicationState.PENDING_REVIEW && day.isAfter(reviewDue);
    }

    /** Whether {@code lastFour} are the last four digits of the applicant's phone number. */
    public boolean phoneEndsWith(String lastFour) {
        return lastFour != null && lastFour.matches("\\d{4}") && applicant.phone().value().endsWith(lastFour);
    }

    public PreApplicationSnapshot snapshot() {
        return new PreApplicationSnapshot(id, reference, itemCode, itemVersion, department, applicant, materials, note,
                state, round, submittedAt, submittedOn, reviewDue, corrections, appointment, caseId, caseNumber,
                transitionCount, version);
    }

    /** The events recorded since the last call; the list is emptied. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    /** The transitions recorded since the last call; the list is emptied. */
    public List<PreApplicationTransition> pullTransitions() {
        List<PreApplicationTransition> transitions = List.copyOf(pendingTransitions);
        pendingTransitions.clear();
        return transitions;
    }

    @Override
    public PreApplicationId getId() {
        return id;
    }

    public PreApplicationReference reference() {
        return reference;
    }

    public ApprovalItemCode itemCode() {
        return itemCode;
    }

    public int itemVersion() {
        return itemVersion;
    }

    public DepartmentCode department() {
        return department;
    }

    public Applicant applicant() {
        return applicant;
    }

    public Set<String> materials() {
        return materials;
    }

    public PreApplicationState state() {
        return state;
    }

    public Optional<Appointment> appointment() {
        return Optional.ofNullable(appointment);
    }

    public long version() {
        return version;
    }

    private PreApplicationState require(PreApplicationAction action, PreApplicationState allowed) {
        if (state != allowed) {
            throw new PreApplicationNotInExpectedState(action, state);
        }
        return state;
    }

    private void recordTransition(PreApplicationAction action, PreApplicationState from, Actor actor, Instant at,
            String text) {
        transitionCount++;
        pendingTransitions.add(new PreApplicationTransition(id, transitionCount, action, from, state,
                actor == null ? APPLICANT : actor.username(),
                actor == null || actor.department() == null ? null : actor.department().value(),
                actor == null ? null : actor.actingFor(), at, text));
    }

    private static Set<String> known(ApprovalItem item, Set<String> codes) {
        if (codes == null) {
            throw new InvalidValue("materials", "must be a list of material codes");
        }
        List<String> unknown = new TreeSet<>(codes).stream().filter(c -> item.material(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownMaterial(item.code().value(), unknown);
        }
        return new TreeSet<>(codes);
    }

    private static int requireLimit(int workingDays) {
        if (workingDays < 0) {
            throw new InvalidValue("pre-review.working-days", "must not be negative");
        }
        return workingDays;
    }

    private static String note(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_NOTE) {
            throw new InvalidValue("note", "must be at most " + MAX_NOTE + " characters");
        }
        return stripped;
    }
}
