package org.openhall.complaint.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.complaint.domain.event.TicketFollowedUp;
import org.openhall.complaint.domain.event.TicketOverdue;
import org.openhall.complaint.domain.event.TicketSignInOverdue;
import org.openhall.complaint.domain.problem.TicketNotInExpectedState;
import org.openhall.complaint.domain.problem.TicketRefused;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * A ticket (诉求工单) and its closed loop (闭环, 国办发〔2020〕53号): intake → dispatch (派单) →
 * sign-in (签收) or return with reasons (退回) → handling → reply (答复) → completion (办结) →
 * follow-up call (回访) → closed; supervision (督办) may press at any open step, and a closed ticket
 * may be reopened (重办) within the county's period.
 *
 * <p>Time: the class's limit counts working days from the day after receipt, so the due date is a
 * working day (0 days: the day of receipt). The sign-in limit counts from the day of dispatch. A
 * ticket is late from the calendar day after a due date. Every step is dated by the injected clock
 * and recorded with its actor in an append-only history; who may take which step is
 * {@link TicketRoles}' rule.
 */
@AggregateRoot
public final class Ticket {

    @Identity
    private final TicketId id;
    private final TicketIntake intake;
    private final LocalDate receivedOn;
    private final Instant receivedAt;
    private LocalDate dueOn;
    private TicketStatus status;
    private String department;
    private LocalDate dispatchedOn;
    private LocalDate signInDueOn;
    private TicketReply reply;
    private TicketExtension extension;
    private FollowUp followUp;
    private LocalDate closedOn;
    private int reopenCount;
    private int supervisionCount;
    private final List<String> handlers;
    private LocalDate signInOverdueReportedFor;
    private LocalDate overdueReportedFor;
    private Instant updatedAt;
    private int historyCount;
    private final long version;
    private final List<TicketTransition> newTransitions = new ArrayList<>();
    private final List<DomainEvent> events = new ArrayList<>();

    private Ticket(TicketSnapshot s) {
        this.id = s.id();
        this.intake = s.intake();
        this.receivedOn = s.receivedOn();
        this.receivedAt = s.receivedAt();
        this.dueOn = s.dueOn();
        this.status = s.status();
        this.department = s.department();
        this.dispatchedOn = s.dispatchedOn();
        this.signInDueOn = s.signInDueOn();
        this.reply = s.reply();
        this.extension = s.extension();
        this.followUp = s.followUp();
        this.closedOn = s.closedOn();
        this.reopenCount = s.reopenCount();
        this.supervisionCount = s.supervisionCount();
        this.handlers = new ArrayList<>(s.handlers());
        this.signInOverdueReportedFor = s.signInOverdueReportedFor();
        this.overdueReportedFor = s.overdueReportedFor();
        this.updatedAt = s.updatedAt();
        this.historyCount = s.historyCount();
        this.version = s.version();
    }

    /**
     * Takes a ticket in today. {@code takenBy} is the staff member's user name, or {@code portal} for
     * a ticket the citizen filed online.
     */
    public static Ticket open(TicketId id, TicketIntake intake, String takenBy, String takerDepartment,
            WorkingDayCalendar calendar, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Ticket t = new Ticket(new TicketSnapshot(id, intake, today, now,
                calendar.addWorkingDays(today, intake.ticketClass().workingDays()), TicketStatus.RECEIVED, null, null,
                null, null, null, null, null, 0, 0, List.of(), null, null, now, 0, 0));
        t.record(TicketAction.OPEN, null, takenBy, takerDepartment, now, intake.ticketClass().code());
        return t;
    }

    /** Rebuilds a stored ticket. */
    public static Ticket rebuild(TicketSnapshot snapshot) {
        return new Ticket(snapshot);
    }

    /** 派单: to {@code toDepartment}, which signs it in within the county's sign-in limit. */
    public void dispatch(Actor actor, String toDepartment, TicketLimits limits, WorkingDayCalendar calendar,
            Clock clock) {
        TicketRoles.requireDispatcher(TicketAction.DISPATCH, actor);
        expect(TicketAction.DISPATCH, TicketStatus.RECEIVED, TicketStatus.RETURNED);
        Objects.requireNonNull(toDepartment, "toDepartment");
        dispatchTo(toDepartment, limits, calendar, LocalDate.now(clock));
        move(TicketAction.DISPATCH, TicketStatus.DISPATCHED, actor, clock, toDepartment);
    }

    /** 签收: the department takes the ticket on. */
    public void signIn(Actor actor, Clock clock) {
        TicketRoles.requireDepartmentStaff(TicketAction.SIGN_IN, actor, department);
        expect(TicketAction.SIGN_IN, TicketStatus.DISPATCHED);
        handledBy(actor);
        move(TicketAction.SIGN_IN, TicketStatus.SIGNED_IN, actor, clock, null);
    }

    /** 退回: not this department's matter; back to the dispatcher with the reasons. */
    public void returnToDispatcher(Actor actor, String reasons, Clock clock) {
        TicketRoles.requireDepartmentStaff(TicketAction.RETURN, actor, department);
        expect(TicketAction.RETURN, TicketStatus.DISPATCHED);
        if (reasons == null || reasons.isBlank()) {
            throw TicketRefused.returnReasonsRequired();
        }
        department = null;
        signInDueOn = null;
        move(TicketAction.RETURN, TicketStatus.RETURNED, actor, clock, reasons.strip());
    }

    /** 办理: a note on what the department did. */
    public void recordHandling(Actor actor, String note, Clock clock) {
        TicketRoles.requireDepartmentStaff(TicketAction.HANDLE, actor, department);
        expect(TicketAction.HANDLE, TicketStatus.SIGNED_IN);
        move(TicketAction.HANDLE, status, actor, clock, required("note", note));
    }

    /** 答复: the department's answer to the citizen; it stops the ticket's clock. */
    public void reply(Actor actor, String text, Clock clock) {
        TicketRoles.requireDepartmentStaff(TicketAction.REPLY, actor, department);
        expect(TicketAction.REPLY, TicketStatus.SIGNED_IN);
        reply = new TicketReply(required("reply", text), actor.username(), clock.instant());
        handledBy(actor);
        move(TicketAction.REPLY, TicketStatus.REPLIED, actor, clock, reply.text());
    }

    /** 督办: the supervisor presses the department; the state does not change. */
    public void supervise(Actor actor, String note, Clock clock) {
        TicketRoles.requireSupervisor(TicketAction.SUPERVISE, actor);
        expect(TicketAction.SUPERVISE, TicketStatus.DISPATCHED, TicketStatus.SIGNED_IN, TicketStatus.REPLIED);
        supervisionCount++;
        move(TicketAction.SUPERVISE, status, actor, clock, required("note", note));
    }

    /** 申请延期: asked by the department on or before the due date, never after it. */
    public void requestExtension(Actor actor, int workingDays, String reason, TicketLimits limits, Clock clock) {
        TicketRoles.requireDepartmentStaff(TicketAction.REQUEST_EXTENSION, actor, department);
        expect(TicketAction.REQUEST_EXTENSION, TicketStatus.DISPATCHED, TicketStatus.SIGNED_IN);
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(dueOn)) {
            throw TicketRefused.extensionTooLate(dueOn);
        }
        if (extension != null && extension.pending()) {
            throw TicketRefused.extensionPending();
        }
        if (workingDays < 1 || workingDays > limits.maxExtensionWorkingDays()) {
            throw TicketRefused.extensionTooLong(limits.maxExtensionWorkingDays());
        }
        extension = new TicketExtension(workingDays, required("reason", reason), actor.username(), today, null, null);
        move(TicketAction.REQUEST_EXTENSION, status, actor, clock, workingDays + ": " + extension.reason());
    }

    /**
     * 批准延期: the due date moves by the requested working days. Approved by the department's head
     * or a supervisor, see {@link TicketRoles#requireExtensionApprover}.
     */
    public void approveExtension(Actor actor, WorkingDayCalendar calendar, Clock clock) {
        TicketRoles.requireExtensionApprover(actor, department);
        expect(TicketAction.APPROVE_EXTENSION, TicketStatus.DISPATCHED, TicketStatus.SIGNED_IN);
        if (extension == null || !extension.pending()) {
            throw TicketRefused.noExtensionPending();
        }
        extension = extension.approved(actor.username(), LocalDate.now(clock));
        dueOn = calendar.addWorkingDays(dueOn, extension.workingDays());
        move(TicketAction.APPROVE_EXTENSION, status, actor, clock, "due " + dueOn);
    }

    /** 办结: the centre accepts the reply. */
    public void complete(Actor actor, Clock clock) {
        TicketRoles.requireSupervisor(TicketAction.COMPLETE, actor);
        expect(TicketAction.COMPLETE, TicketStatus.REPLIED);
        move(TicketAction.COMPLETE, TicketStatus.COMPLETED, actor, clock, null);
    }

    /** 回访: the citizen was called back; from now on the ticket may be rated. */
    public void followUp(Actor actor, Satisfaction satisfaction, String note, Clock clock) {
        TicketRoles.requireCaller(TicketAction.FOLLOW_UP, actor);
        expect(TicketAction.FOLLOW_UP, TicketStatus.COMPLETED);
        if (intake.caller().phone() == null) {
            throw TicketRefused.noPhoneToCall();
        }
        Objects.requireNonNull(satisfaction, "satisfaction");
        followUp = new FollowUp(satisfaction, note == null || note.isBlank() ? null : note.strip(), actor.username(),
                clock.instant());
        move(TicketAction.FOLLOW_UP, TicketStatus.FOLLOWED_UP, actor, clock, satisfaction.name());
        events.add(new TicketFollowedUp(id.toString(), intake.number(), intake.ticketClass().code(), department,
                handlers, intake.channel(), intake.caller().realName(),
                intake.relatedCase() == null ? null : intake.relatedCase().caseId(), actor.username(),
                clock.instant()));
    }

    /** 关闭: never before the citizen had a reply; after completion, with or without the follow-up call. */
    public void close(Actor actor, String note, Clock clock) {
        TicketRoles.requireCaller(TicketAction.CLOSE, actor);
        if (reply == null) {
            throw TicketRefused.replyRequired();
        }
        expect(TicketAction.CLOSE, TicketStatus.COMPLETED, TicketStatus.FOLLOWED_UP);
        closedOn = LocalDate.now(clock);
        move(TicketAction.CLOSE, TicketStatus.CLOSED, actor, clock, note == null || note.isBlank() ? null : note.strip());
    }

    /**
     * 重办: the citizen was not helped; within the county's reopen period after closing the ticket goes
     * back to its department with the class's full limit from today.
     */
    public void reopen(Actor actor, String reason, TicketLimits limits, WorkingDayCalendar calendar, Clock clock) {
        TicketRoles.requireCaller(TicketAction.REOPEN, actor);
        expect(TicketAction.REOPEN, TicketStatus.CLOSED);
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDay = calendar.addWorkingDays(closedOn, limits.reopenWorkingDays());
        if (today.isAfter(lastDay)) {
            throw TicketRefused.reopenPeriodOver(lastDay);
        }
        String why = required("reason", reason);
        String to = lastDepartment();
        reply = null;
        followUp = null;
        extension = null;
        closedOn = null;
        reopenCount++;
        dueOn = calendar.addWorkingDays(today, intake.ticketClass().workingDays());
        dispatchTo(to, limits, calendar, today);
        move(TicketAction.REOPEN, TicketStatus.DISPATCHED, actor, clock, why);
    }

    /** Throws unless the follow-up call was made: a ticket is rated only after it. */
    public void requireRateable() {
        if (followUp == null) {
            throw TicketRefused.followUpRequired();
        }
    }

    /**
     * Looks at the ticket's limits on {@code today} and raises, once each, {@link TicketSignInOverdue}
     * for a dispatch not signed in by its day and {@link TicketOverdue} for a ticket without reply past
     * its due date. {@code true} when it raised one.
     */
    public boolean reportLateness(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        boolean raised = false;
        if (status == TicketStatus.DISPATCHED && today.isAfter(signInDueOn)
                && !signInDueOn.equals(signInOverdueReportedFor)) {
            signInOverdueReportedFor = signInDueOn;
            events.add(new TicketSignInOverdue(id.toString(), intake.number(), intake.ticketClass().code(), department,
                    signInDueOn, clock.instant()));
            raised = true;
        }
        if (status.awaitsReply() && today.isAfter(dueOn) && !dueOn.equals(overdueReportedFor)) {
            overdueReportedFor = dueOn;
            events.add(new TicketOverdue(id.toString(), intake.number(), intake.ticketClass().code(), department, dueOn,
                    clock.instant()));
            raised = true;
        }
        return raised;
    }

    /** Whether the ticket is without reply past its due date on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return status.awaitsReply() && today.isAfter(dueOn);
    }

    /** The events recorded since the last call, for publishing with the stored change. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** The transitions recorded since the ticket was loaded, for appending to its history. */
    public List<TicketTransition> pullTransitions() {
        List<TicketTransition> pulled = List.copyOf(newTransitions);
        newTransitions.clear();
        return pulled;
    }

    public TicketSnapshot snapshot() {
        return new TicketSnapshot(id, intake, receivedOn, receivedAt, dueOn, status, department, dispatchedOn,
                signInDueOn, reply, extension, followUp, closedOn, reopenCount, supervisionCount, handlers,
                signInOverdueReportedFor, overdueReportedFor, updatedAt, historyCount, version);
    }

    public TicketId id() {
        return id;
    }

    public String number() {
        return intake.number();
    }

    public TicketStatus status() {
        return status;
    }

    public String department() {
        return department;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate signInDueOn() {
        return signInDueOn;
    }

    public TicketIntake intake() {
        return intake;
    }

    private void dispatchTo(String toDepartment, TicketLimits limits, WorkingDayCalendar calendar, LocalDate today) {
        department = toDepartment;
        dispatchedOn = today;
        signInDueOn = calendar.addWorkingDays(today, limits.signInWorkingDays());
    }

    private String lastDepartment() {
        if (department != null) {
            return department;
        }
        throw new TicketNotInExpectedState(TicketAction.REOPEN, status);
    }

    private void handledBy(Actor actor) {
        if (!handlers.contains(actor.username())) {
            handlers.add(actor.username());
        }
    }

    private void expect(TicketAction action, TicketStatus... allowed) {
        for (TicketStatus s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw new TicketNotInExpectedState(action, status);
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw TicketRefused.textRequired(field);
        }
        return text.strip();
    }

    private void move(TicketAction action, TicketStatus to, Actor actor, Clock clock, String note) {
        String actorDepartment = actor.department() == null ? null : actor.department().value();
        record(action, to, actor.username(), actorDepartment, clock.instant(), note);
    }

    private void record(TicketAction action, TicketStatus to, String actor, String actorDepartment, Instant at,
            String note) {
        TicketStatus from = historyCount == 0 ? null : status;
        TicketStatus target = to == null ? TicketStatus.RECEIVED : to;
        historyCount++;
        newTransitions.add(new TicketTransition(id, historyCount, action, from, target, actor, actorDepartment, at,
                note));
        status = target;
        updatedAt = at;
    }
}
