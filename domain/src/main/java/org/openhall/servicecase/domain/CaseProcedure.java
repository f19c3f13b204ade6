package org.openhall.servicecase.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.servicecase.domain.problem.CaseClockPaused;
import org.openhall.servicecase.domain.problem.ExtensionAlreadyGranted;
import org.openhall.servicecase.domain.problem.StepNotCurrent;
import org.openhall.servicecase.domain.problem.StepRoleRequired;
import org.openhall.shared.domain.CaseClockConflict;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Extension;
import org.openhall.shared.domain.time.Pause;

/**
 * The handling of an accepted case (审批办理): its two clocks, the steps of the item's procedure
 * walked in order, the special procedures that paused the clocks and the one extension. Part of
 * {@link ServiceCase}, which records the transitions and events; this class only keeps the rules.
 *
 * <p>Numbers and their law: the statutory limit (Art. 42, normally 20 working days) and the
 * promised limit [local] start on the day of acceptance (day 0; Art. 82 working days); special
 * procedures pause both clocks (Art. 45); one extension of at most 10 working days, or 15 when the
 * item's statutory limit is the 45 days of joint handling (Art. 42 ¶2).
 */
final class CaseProcedure {

    /** Art. 42 ¶1: the head of the agency may extend the limit by ten working days. */
    static final int EXTENSION_CAP = 10;
    /** Art. 42 ¶2: joint, unified or centralised handling takes 45 working days ... */
    static final int JOINT_HANDLING_LIMIT = 45;
    /** ... which the head of the government may extend by fifteen. */
    static final int JOINT_EXTENSION_CAP = 15;

    private CaseClock statutoryClock;
    private CaseClock promisedClock;
    private final List<CaseStep> steps;
    private final List<CasePause> pauses;
    private CaseExtension extension;

    CaseProcedure(CaseClock statutoryClock, CaseClock promisedClock, List<CaseStep> steps, List<CasePause> pauses,
            CaseExtension extension) {
        this.statutoryClock = statutoryClock;
        this.promisedClock = promisedClock;
        this.steps = new ArrayList<>(steps);
        this.pauses = new ArrayList<>(pauses);
        this.extension = extension;
    }

    /** Starts both clocks on {@code day0} and lays out the item's steps, none started. */
    void start(LocalDate day0, ApprovalItem item) {
        statutoryClock = CaseClock.start(day0, item.statutoryLimit());
        promisedClock = CaseClock.start(day0, item.promisedLimit());
        steps.clear();
        var procedure = item.content().procedure();
        for (int i = 0; i < procedure.size(); i++) {
            steps.add(CaseStep.of(i + 1, procedure.get(i)));
        }
    }

    /** Starts the first step not started yet, if any; the one before it must be completed. */
    Optional<CaseStep> startNextStep(LocalDate day, WorkingDayCalendar calendar) {
        for (int i = 0; i < steps.size(); i++) {
            CaseStep step = steps.get(i);
            if (!step.started()) {
                CaseStep started = step.startedOn(day, calendar).rescheduled(pauses, calendar);
                steps.set(i, started);
                return Optional.of(started);
            }
            if (!step.completed()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The step under way, if any. */
    Optional<CaseStep> currentStep() {
        return steps.stream().filter(s -> s.started() && !s.completed()).findFirst();
    }

    /**
     * Completes step {@code position} with {@code opinion}: it must be the step under way, and
     * {@code actor} must hold its role in {@code department}.
     */
    CaseStep completeStep(int position, Actor actor, DepartmentCode department, String opinion, LocalDate day) {
        CaseStep current = currentStep().orElse(null);
        if (current == null || current.position() != position) {
            throw new StepNotCurrent(position, current == null ? null : current.position());
        }
        if (!actor.has(current.requiredRole()) || !department.equals(actor.department())) {
            throw new StepRoleRequired(position, current.name(), current.requiredRole(), department.value());
        }
        CaseStep done = current.completedOn(day, actor.username(), actor.actingFor(), Texts.required("opinion", opinion));
        steps.set(position - 1, done);
        return done;
    }

    int pendingSteps() {
        return (int) steps.stream().filter(s -> !s.completed()).count();
    }

    Optional<CasePause> openPause() {
        return pauses.isEmpty() || !pauses.getLast().isOpen() ? Optional.empty() : Optional.of(pauses.getLast());
    }

    void requireRunning() {
        openPause().ifPresent(p -> {
            throw new CaseClockPaused(p.from());
        });
    }

    /** Stops both clocks from {@code today} for {@code procedure}, the applicant told in writing. */
    CasePause pause(SpecialProcedure procedure, String noticeReference, LocalDate noticedOn, LocalDate today,
            WorkingDayCalendar calendar) {
        if (noticedOn != null && noticedOn.isAfter(today)) {
            throw new InvalidValue("noticedOn", "must not be after today");
        }
        CasePause pause = new CasePause(procedure, noticeReference, noticedOn, today, null);
        Pause clockPause = Pause.open(today, procedure.pauseKind(), SpecialProcedure.LEGAL_BASIS);
        CaseClock statutory = statutoryClock.withPause(clockPause);
        promisedClock = promisedClock.withPause(clockPause);
        statutoryClock = statutory;
        pauses.add(pause);
        reschedule(calendar);
        return pause;
    }

    /** Ends the open special procedure on {@code today}, its last paused day. */
    CasePause resume(LocalDate today, WorkingDayCalendar calendar) {
        CasePause open = openPause().orElseThrow(CaseClockConflict::noOpenPause);
        CasePause ended = open.endedOn(today);
        pauses.set(pauses.size() - 1, ended);
        statutoryClock = statutoryClock.closeOpenPause(today);
        promisedClock = promisedClock.closeOpenPause(today);
        reschedule(calendar);
        return ended;
    }

    /** Grants the case's one extension, to both clocks, within the cap of Art. 42. */
    CaseExtension extend(int workingDays, String approvedBy, String reason, LocalDate applicantToldOn, LocalDate today,
            WorkingDayCalendar calendar) {
        if (extension != null) {
            throw new ExtensionAlreadyGranted(extension.workingDays());
        }
        boolean joint = statutoryClock.limit().amount() == JOINT_HANDLING_LIMIT;
        int cap = joint ? JOINT_EXTENSION_CAP : EXTENSION_CAP;
        CaseExtension granted = new CaseExtension(workingDays, approvedBy, reason, today, applicantToldOn, joint);
        if (applicantToldOn.isAfter(today)) {
            throw new InvalidValue("applicantToldOn", "must not be after today");
        }
        Extension clockExtension = new Extension(workingDays, granted.approvedBy(), granted.reason(), today);
        CaseClock statutory = statutoryClock.withExtension(clockExtension, cap);
        promisedClock = promisedClock.withExtension(clockExtension, cap);
        statutoryClock = statutory;
        extension = granted;
        reschedule(calendar);
        return granted;
    }

    /** The current due date of {@code clock}, or {@code null} while it is paused or not started. */
    static LocalDate dueOn(CaseClock clock, WorkingDayCalendar calendar) {
        return clock == null || clock.openPause().isPresent() ? null : clock.deadline(calendar).dueDate();
    }

    private void reschedule(WorkingDayCalendar calendar) {
        steps.replaceAll(s -> s.rescheduled(pauses, calendar));
    }

    CaseClock statutoryClock() {
        return statutoryClock;
    }

    CaseClock promisedClock() {
        return promisedClock;
    }

    List<CaseStep> steps() {
        return List.copyOf(steps);
    }

    List<CasePause> pauses() {
        return List.copyOf(pauses);
    }

    CaseExtension extension() {
        return extension;
    }
}
