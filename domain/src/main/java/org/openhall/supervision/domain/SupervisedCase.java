package org.openhall.supervision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * A case as electronic supervision sees it (受监察办件): the read model kept from the case events,
 * holding only what the rules, the figures and the supervisors need — item, department, window and
 * channel, the stage, acceptance day, both due dates (none while the clocks are paused), the
 * current step with its own due date, the pauses, the completion day and who handled it.
 *
 * <p>It is not the case itself: the servicecase context owns that. Every change here follows an
 * event, and a case whose first event was missed is filled in by the next one.
 */
public final class SupervisedCase {

    private final String caseId;
    private String caseNumber;
    private String itemCode;
    private String department;
    private String window;
    private String channel;
    private boolean onlineAvailable;
    private CaseStage stage;
    private LocalDate receivedOn;
    private LocalDate acceptedOn;
    private LocalDate promisedDueOn;
    private LocalDate statutoryDueOn;
    private CurrentStep step;
    private final List<CasePause> pauses;
    private LocalDate closedOn;
    private Boolean withinPromisedLimit;
    private Boolean withinStatutoryLimit;
    private final Set<String> handlers;
    private LocalDate nextCheckOn;

    private SupervisedCase(String caseId, String caseNumber, String department) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.caseNumber = caseNumber;
        this.department = department;
        this.stage = CaseStage.RECEIVED;
        this.pauses = new ArrayList<>();
        this.handlers = new LinkedHashSet<>();
    }

    /** A case supervision has not seen before: it knows only what every case event carries. */
    public static SupervisedCase firstSeen(String caseId, String caseNumber, String department) {
        return new SupervisedCase(caseId, caseNumber, department);
    }

    /** Rebuilds a stored case. */
    public static SupervisedCase restore(SupervisedCaseSnapshot s) {
        SupervisedCase c = new SupervisedCase(s.caseId(), s.caseNumber(), s.department());
        c.itemCode = s.itemCode();
        c.window = s.window();
        c.channel = s.channel();
        c.onlineAvailable = s.onlineAvailable();
        c.stage = s.stage();
        c.receivedOn = s.receivedOn();
        c.acceptedOn = s.acceptedOn();
        c.promisedDueOn = s.promisedDueOn();
        c.statutoryDueOn = s.statutoryDueOn();
        c.step = s.step();
        c.pauses.addAll(s.pauses());
        c.closedOn = s.closedOn();
        c.withinPromisedLimit = s.withinPromisedLimit();
        c.withinStatutoryLimit = s.withinStatutoryLimit();
        c.handlers.addAll(s.handlers());
        c.nextCheckOn = s.nextCheckOn();
        return c;
    }

    public SupervisedCaseSnapshot snapshot() {
        return new SupervisedCaseSnapshot(caseId, caseNumber, itemCode, department, window, channel, onlineAvailable,
                stage, receivedOn, acceptedOn, promisedDueOn, statutoryDueOn, step, List.copyOf(pauses), closedOn,
                withinPromisedLimit, withinStatutoryLimit, Set.copyOf(handlers), nextCheckOn);
    }

    /** Every event names the case's number and department, and who acted. */
    public void touchedBy(String caseNumber, String department, String actor) {
        this.caseNumber = caseNumber;
        this.department = department;
        if (actor != null && !actor.isBlank() && !"system".equals(actor)) {
            handlers.add(actor);
        }
    }

    /** 收件. */
    public void submitted(String itemCode, String window, String channel, boolean onlineAvailable, LocalDate receivedOn) {
        this.itemCode = itemCode;
        this.window = window;
        this.channel = channel;
        this.onlineAvailable = onlineAvailable;
        this.receivedOn = receivedOn;
    }

    /** 一次告知. */
    public void waitingForMaterials() {
        if (!stage.isClosed()) {
            stage = CaseStage.WAITING_FOR_MATERIALS;
        }
    }

    /** 补正. */
    public void materialsSupplied() {
        if (stage == CaseStage.WAITING_FOR_MATERIALS) {
            stage = CaseStage.RECEIVED;
        }
    }

    /** 受理: both clocks start. */
    public void accepted(LocalDate acceptedOn, LocalDate statutoryDueOn, LocalDate promisedDueOn) {
        this.acceptedOn = acceptedOn;
        this.stage = CaseStage.ACCEPTED;
        dueDates(statutoryDueOn, promisedDueOn);
    }

    /** 中止计时: the due dates are unknown until the pause ends. */
    public void paused(String kind, LocalDate fromDay) {
        stage = CaseStage.PAUSED;
        promisedDueOn = null;
        statutoryDueOn = null;
        if (pauses.stream().noneMatch(p -> p.from().equals(fromDay))) {
            pauses.add(new CasePause(kind, fromDay, null));
        }
    }

    /** 恢复计时, with the due dates recomputed without the paused days. */
    public void resumed(String kind, LocalDate fromDay, LocalDate toDay, LocalDate statutoryDueOn,
            LocalDate promisedDueOn) {
        pauses.removeIf(p -> p.from().equals(fromDay));
        pauses.add(new CasePause(kind, fromDay, toDay));
        if (stage == CaseStage.PAUSED) {
            stage = CaseStage.ACCEPTED;
        }
        dueDates(statutoryDueOn, promisedDueOn);
    }

    /** 延期. */
    public void extended(LocalDate statutoryDueOn, LocalDate promisedDueOn) {
        dueDates(statutoryDueOn, promisedDueOn);
    }

    /** 环节开始. */
    public void stepStarted(CurrentStep step) {
        this.step = step;
    }

    /** 环节办结. */
    public void stepCompleted(int position) {
        if (step != null && step.position() == position) {
            step = null;
        }
    }

    /** 办结. */
    public void completed(LocalDate completedOn, boolean withinPromisedLimit, boolean withinStatutoryLimit) {
        close(CaseStage.COMPLETED, completedOn);
        this.withinPromisedLimit = withinPromisedLimit;
        this.withinStatutoryLimit = withinStatutoryLimit;
    }

    /** 不予受理 or 撤回. */
    public void closed(CaseStage stage, LocalDate on) {
        close(stage, on);
    }

    private void close(CaseStage closedStage, LocalDate on) {
        stage = closedStage;
        closedOn = on;
        step = null;
        nextCheckOn = null;
    }

    private void dueDates(LocalDate statutory, LocalDate promised) {
        if (!stage.isClosed()) {
            this.statutoryDueOn = statutory;
            this.promisedDueOn = promised;
        }
    }

    /** The due date of {@code deadline}, unknown while paused or before acceptance. */
    public Optional<LocalDate> dueOn(WatchedDeadline deadline) {
        return Optional.ofNullable(deadline == WatchedDeadline.PROMISED ? promisedDueOn : statutoryDueOn);
    }

    /** Plans the sweep's next look at this case: see {@link DeadlineWatch#nextCheckAfter}. */
    public void planNextCheck(RuleSettings settings, WorkingDayCalendar calendar, LocalDate after) {
        nextCheckOn = stage.isClosed() ? null : DeadlineWatch.nextCheckAfter(this, settings, calendar, after).orElse(null);
    }

    /** Plans the first look: any threshold already passed is looked at by the next sweep. */
    public void planFirstCheck(RuleSettings settings, WorkingDayCalendar calendar) {
        nextCheckOn = stage.isClosed() ? null : DeadlineWatch.firstCheck(this, settings, calendar).orElse(null);
    }

    public String caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String itemCode() {
        return itemCode;
    }

    public String department() {
        return department;
    }

    public String channel() {
        return channel;
    }

    public boolean onlineAvailable() {
        return onlineAvailable;
    }

    public CaseStage stage() {
        return stage;
    }

    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    public Optional<CurrentStep> step() {
        return Optional.ofNullable(step);
    }

    public List<CasePause> pauses() {
        return List.copyOf(pauses);
    }

    public Set<String> handlers() {
        return Set.copyOf(handlers);
    }

    public Optional<LocalDate> nextCheckOn() {
        return Optional.ofNullable(nextCheckOn);
    }
}
