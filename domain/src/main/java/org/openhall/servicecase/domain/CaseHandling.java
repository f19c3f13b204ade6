package org.openhall.servicecase.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.openhall.servicecase.domain.event.CaseClockPaused;
import org.openhall.servicecase.domain.event.CaseClockResumed;
import org.openhall.servicecase.domain.event.CaseCompleted;
import org.openhall.servicecase.domain.event.CaseDeadlineExtended;
import org.openhall.servicecase.domain.event.CaseStepCompleted;
import org.openhall.servicecase.domain.event.CaseStepStarted;
import org.openhall.servicecase.domain.problem.StepsPending;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * The handling of an accepted case up to its decision (办理到办结): the procedure's steps, special
 * procedures, the extension and the decision, each recorded as a transition and an event. Part of
 * {@link ServiceCase}; the rules of the clocks and steps live in {@link CaseProcedure}.
 */
final class CaseHandling {

    /** Art. 44: the certificate is issued and served within ten working days of the decision. */
    static final TimeLimit CERTIFICATE_PERIOD = TimeLimit.workingDays(10);

    private final ServiceCase c;
    final CaseProcedure procedure;
    private Decision decision;
    private LocalDate completedOn;
    private LocalDate promisedDueOn;
    private LocalDate statutoryDueOn;

    CaseHandling(ServiceCase serviceCase, CaseProcedure procedure, Decision decision, LocalDate completedOn,
            LocalDate promisedDueOn, LocalDate statutoryDueOn) {
        this.c = serviceCase;
        this.procedure = procedure;
        this.decision = decision;
        this.completedOn = completedOn;
        this.promisedDueOn = promisedDueOn;
        this.statutoryDueOn = statutoryDueOn;
    }

    void startNextStep(LocalDate day, Actor actor, Instant now, WorkingDayCalendar calendar) {
        procedure.startNextStep(day, calendar).ifPresent(step -> {
            var e = c.journal.record(CaseAction.START_STEP, c.status, c.status, actor, now,
                    "step " + step.position() + " " + step.name() + " for " + step.requiredRole()
                            + (step.dueOn() == null ? "" : ", due " + step.dueOn()));
            c.journal.publish(new CaseStepStarted(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                    e.at(), step.position(), step.name(), step.handlerRole(), step.startedOn(), step.dueOn()));
        });
    }

    void completeStep(int position, String opinion, Actor handler, WorkingDayCalendar calendar, Clock clock) {
        c.requireStatus(CaseAction.COMPLETE_STEP, CaseStatus.ACCEPTED);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        CaseStep done = procedure.completeStep(position, handler, c.department, opinion, today);
        var e = c.journal.record(CaseAction.COMPLETE_STEP, c.status, c.status, handler, now,
                "step " + position + " " + done.name() + ": " + done.opinion());
        c.journal.publish(new CaseStepCompleted(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                e.at(), position, done.name(), done.handlerRole(), done.startedOn(), today, done.dueOn(),
                done.opinion()));
        startNextStep(today, handler, now, calendar);
    }

    void pause(SpecialProcedure kind, String noticeReference, LocalDate noticedOn, Actor actor,
            WorkingDayCalendar calendar, Clock clock) {
        c.requireStatus(CaseAction.PAUSE_CLOCK, CaseStatus.ACCEPTED);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        CasePause pause = procedure.pause(kind, noticeReference, noticedOn, today, calendar);
        refreshDueDates(calendar);
        var e = c.journal.record(CaseAction.PAUSE_CLOCK, c.status, c.status, actor, now,
                kind + " from " + today + ", notice " + pause.noticeReference() + " of " + pause.noticedOn());
        c.journal.publish(new CaseClockPaused(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                e.at(), kind.name(), today, pause.noticeReference()));
    }

    void resume(Actor actor, WorkingDayCalendar calendar, Clock clock) {
        c.requireStatus(CaseAction.RESUME_CLOCK, CaseStatus.ACCEPTED);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        CasePause ended = procedure.resume(today, calendar);
        refreshDueDates(calendar);
        var e = c.journal.record(CaseAction.RESUME_CLOCK, c.status, c.status, actor, now, ended.procedure() + " "
                + ended.from() + ".." + ended.to() + "; promised due " + promisedDueOn + ", statutory due "
                + statutoryDueOn);
        c.journal.publish(new CaseClockResumed(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                e.at(), ended.procedure().name(), ended.from(), ended.to(), statutoryDueOn, promisedDueOn));
    }

    void extend(int workingDays, String approvedBy, String reason, LocalDate applicantToldOn, Actor actor,
            WorkingDayCalendar calendar, Clock clock) {
        c.requireStatus(CaseAction.EXTEND_DEADLINE, CaseStatus.ACCEPTED);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        CaseExtension granted = procedure.extend(workingDays, approvedBy, reason,
                Texts.given("applicantToldOn", applicantToldOn), today, calendar);
        refreshDueDates(calendar);
        var e = c.journal.record(CaseAction.EXTEND_DEADLINE, c.status, c.status, actor, now, "+" + workingDays
                + " working days approved by " + granted.approvedBy() + ": " + granted.reason()
                + "; applicant told on " + applicantToldOn);
        c.journal.publish(new CaseDeadlineExtended(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                e.at(), workingDays, granted.approvedBy(), granted.reason(), statutoryDueOn, promisedDueOn));
    }

    void decide(DecisionOutcome outcome, String legalBasis, String reason, Actor actor, WorkingDayCalendar calendar,
            Clock clock) {
        c.requireStatus(CaseAction.COMPLETE, CaseStatus.ACCEPTED);
        int pending = procedure.pendingSteps();
        if (pending > 0) {
            throw new StepsPending(pending);
        }
        procedure.requireRunning();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate certificateDue = outcome == DecisionOutcome.APPROVED
                ? CaseClock.start(today, CERTIFICATE_PERIOD).deadline(calendar).dueDate() : null;
        Decision decided = new Decision(outcome, legalBasis, reason, today, actor.username(), certificateDue);
        boolean promisedKept = !procedure.promisedClock().isOverdue(today, calendar);
        boolean statutoryKept = !procedure.statutoryClock().isOverdue(today, calendar);
        decision = decided;
        completedOn = today;
        clearDueDates();
        String note = outcome + (decided.legalBasis() == null ? "" : " under " + decided.legalBasis())
                + (decided.reason() == null ? "" : ": " + decided.reason());
        var e = c.move(CaseAction.COMPLETE, CaseStatus.COMPLETED, actor, now, note);
        c.journal.publish(new CaseCompleted(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                e.at(), today, outcome.name(), decided.legalBasis(), decided.reason(), promisedKept, statutoryKept,
                certificateDue));
    }

    /** Works the due dates kept on the case out again; none while paused or not open. */
    void refreshDueDates(WorkingDayCalendar calendar) {
        promisedDueOn = CaseProcedure.dueOn(procedure.promisedClock(), calendar);
        statutoryDueOn = CaseProcedure.dueOn(procedure.statutoryClock(), calendar);
    }

    void clearDueDates() {
        promisedDueOn = null;
        statutoryDueOn = null;
    }

    Decision decision() {
        return decision;
    }

    LocalDate completedOn() {
        return completedOn;
    }

    LocalDate promisedDueOn() {
        return promisedDueOn;
    }

    LocalDate statutoryDueOn() {
        return statutoryDueOn;
    }
}
