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
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.event.CaseSubmitted;
import org.openhall.servicecase.domain.problem.CaseNotInExpectedState;
import org.openhall.servicecase.domain.problem.MaterialsIncomplete;
import org.openhall.servicecase.domain.problem.UnknownMaterial;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.HallScope;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.money.Money;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * A case (办件): one application for one approval item, from receipt to delivery of the result.
 *
 * <p>Every step is a method that checks the state, changes it, and records both a domain event
 * (for other contexts) and a {@link CaseTransition} (the audit trail, 实时留痕) whose number is
 * the event's sequence. Time always comes from the {@link Clock} handed in; the working-day
 * arithmetic from the {@link WorkingDayCalendar}. This class keeps receipt (收件 → 受理 / 一次告知 /
 * 不予受理) and withdrawal; {@link CaseHandling} the steps, pauses, extension and decision; and
 * {@link CaseResults} the certificate, delivery and fees.
 *
 * <p>Invariants: a submission round gets at most one one-time notice, and without a notice or an
 * acceptance within five working days the case counts as accepted on the day of receipt
 * (Administrative Licensing Law Art. 32); a case is accepted only when every mandatory material
 * is there or deferred under 容缺受理; the statutory and promised clocks start on the day of
 * acceptance (day 0, Art. 42 and 82).
 */
public final class ServiceCase implements AggregateRoot<ServiceCase, ServiceCaseId> {

    /** Art. 32: the one-time notice is due on the spot or within five working days of receipt. */
    public static final TimeLimit ONE_TIME_NOTICE_PERIOD = TimeLimit.workingDays(5);

    final ServiceCaseId id;
    final CaseNumber number;
    final ApprovalItemCode itemCode;
    final int itemVersion;
    final String itemName;
    final DepartmentCode department;
    final Applicant applicant;
    final Instant receivedAt;
    final LocalDate receivedOn;
    final String receivedBy;
    final WindowCode window;
    final SubmissionChannel channel;
    final Agent agent;
    final String preApplicationReference;
    final HallScope place;
    final long version;

    CaseStatus status;
    int submissionRound;
    LocalDate roundReceivedOn;
    final Set<String> providedMaterials;
    final List<OneTimeNotice> notices;
    LocalDate acceptedOn;
    boolean deemed;
    DeferredSupply deferredSupply;
    Refusal refusal;
    Withdrawal withdrawal;
    final CaseJournal journal;
    final CaseIntake intake = new CaseIntake(this);
    final CaseHandling handling;
    final CaseResults results;

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
        this.channel = s.channel();
        this.agent = s.agent();
        this.preApplicationReference = s.preApplicationReference();
        this.place = s.place();
        this.submissionRound = s.submissionRound();
        this.roundReceivedOn = s.roundReceivedOn();
        this.providedMaterials = new LinkedHashSet<>(s.providedMaterials());
        this.notices = new ArrayList<>(s.notices());
        this.acceptedOn = s.acceptedOn();
        this.deemed = s.deemed();
        this.deferredSupply = s.deferredSupply();
        this.refusal = s.refusal();
        this.withdrawal = s.withdrawal();
        this.version = s.version();
        this.journal = new CaseJournal(s.id(), s.number().value(), s.department().value(), s.transitionCount());
        this.handling = new CaseHandling(this, new CaseProcedure(s.statutoryClock(), s.promisedClock(), s.steps(),
                s.pauses(), s.extension()), s.decision(), s.completedOn(), s.promisedDueOn(), s.statutoryDueOn());
        this.results = new CaseResults(this, s.certificate(), s.delivery(), s.fees());
    }

    /** Rebuilds a stored case; records no event and no transition. */
    public static ServiceCase restore(ServiceCaseSnapshot snapshot) {
        return new ServiceCase(snapshot);
    }

    /** 收件 of an application handed in at a window not named. */
    public static ServiceCase submit(ServiceCaseId id, CaseNumber number, ApprovalItem item, Applicant applicant,
            Set<String> provided, Actor clerk, Clock clock) {
        return submit(id, number, item, applicant, provided, (WindowCode) null, clerk, clock);
    }

    /** 收件 at {@code window}: the case belongs to that window's work, and to its B post while A is absent. */
    public static ServiceCase submit(ServiceCaseId id, CaseNumber number, ApprovalItem item, Applicant applicant,
            Set<String> provided, WindowCode window, Actor clerk, Clock clock) {
        return submit(id, number, item, applicant, provided, new Submission(SubmissionChannel.WINDOW, window, null, null),
                clerk, clock);
    }

    /**
     * 收件 through {@code submission}'s channel: at a window, by a village agent (代办) or from an
     * online pre-application.
     *
     * @throws UnknownMaterial when a material code is not one of the item's
     */
    public static ServiceCase submit(ServiceCaseId id, CaseNumber number, ApprovalItem item, Applicant applicant,
            Set<String> provided, Submission submission, Actor clerk, Clock clock) {
        return submit(id, number, item, applicant, provided, submission, clerk.placeOrCity(), clerk, clock);
    }

    /**
     * 收件 through {@code submission}'s channel, the case to be held at {@code heldAt}: the hall of
     * the receiving window, else of the receiving clerk (属地办理). Only staff of that hall act on
     * it afterwards.
     *
     * @throws UnknownMaterial when a material code is not one of the item's
     */
    public static ServiceCase submit(ServiceCaseId id, CaseNumber number, ApprovalItem item, Applicant applicant,
            Set<String> provided, Submission submission, HallScope heldAt, Actor clerk, Clock clock) {
        requireKnown(item, provided);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        ServiceCase c = new ServiceCase(new ServiceCaseSnapshot(id, number, item.code(), item.version(), item.name(),
                item.department(), applicant, CaseStatus.SUBMITTED, now, today, clerk.username(), submission.window(), 1,
                today, provided, List.of(), null, null, null, null, 0, 0, submission.channel(), submission.agent(),
                submission.preApplicationReference(), false, null, null, null, List.of(), List.of(), null, null, null,
                null, CaseFees.of(item.content().fees()), null, null, heldAt));
        var e = c.journal.record(CaseAction.SUBMIT, null, CaseStatus.SUBMITTED, clerk, now,
                provided.size() + " material(s) received"
                        + (submission.channel() == SubmissionChannel.WINDOW ? "" : " via " + submission.channel()));
        c.journal.publish(new CaseSubmitted(e.caseId(), e.caseNumber(), e.department(), e.sequence(), e.actor(),
                e.at(), item.code().value(), item.version(), today, submission.channel().name(),
                submission.window() == null ? null : submission.window().value(), item.content().onlineAvailable()));
        return c;
    }

    /**
     * 一次告知: tells the applicant everything that is missing (computed from the item) and every
     * material handed in that is defective ({@code defects}: material code → what is wrong).
     */
    public OneTimeNotice requestSupplement(ApprovalItem item, Map<String, String> defects, Actor clerk,
            WorkingDayCalendar calendar, Clock clock) {
        return intake.requestSupplement(item, defects, clerk, calendar, clock);
    }

    /**
     * 补正: the applicant hands in materials after a notice, which opens a new submission round; or,
     * on an accepted case, hands in the materials its 容缺受理 deferred.
     */
    public void supplyMaterials(ApprovalItem item, Set<String> supplied, Actor clerk, Clock clock) {
        intake.supplyMaterials(item, supplied, clerk, clock);
    }

    /**
     * 受理: accepts the case. Both clocks start today (day 0) with the item's statutory and
     * promised limits, and the first step of the item's procedure begins.
     *
     * @throws MaterialsIncomplete when a mandatory material is missing
     */
    public void accept(ApprovalItem item, Actor clerk, WorkingDayCalendar calendar, Clock clock) {
        intake.accept(item, null, clerk, calendar, clock);
    }

    /**
     * 受理, with {@code deferral} (容缺受理) naming the secondary materials still missing, the
     * applicant's commitment and the day they are due; {@code null} when nothing is deferred.
     */
    public void accept(ApprovalItem item, DeferredSupply deferral, Actor clerk, WorkingDayCalendar calendar,
            Clock clock) {
        intake.accept(item, deferral, clerk, calendar, clock);
    }

    /**
     * 视为受理: no one-time notice and no acceptance came within five working days of submission, so
     * the law counts the case accepted on the day the materials were received (Art. 32).
     */
    public void deemAccepted(ApprovalItem item, Actor system, WorkingDayCalendar calendar, Clock clock) {
        intake.deemAccepted(item, system, calendar, clock);
    }

    /** 不予受理: refuses the application in writing with its legal basis and reason; the case closes. */
    public void refuse(String legalBasis, String reason, Actor clerk, Clock clock) {
        intake.refuse(legalBasis, reason, clerk, clock);
    }

    /** 撤回: the applicant withdraws the application, at any point before the decision. */
    public void withdraw(String reason, Actor clerk, Clock clock) {
        intake.withdraw(reason, clerk, clock);
    }

    /** The last day on which a one-time notice may be issued for the current submission round. */
    public LocalDate noticeDeadline(WorkingDayCalendar calendar) {
        return CaseClock.start(roundReceivedOn, ONE_TIME_NOTICE_PERIOD).deadline(calendar).dueDate();
    }

    /**
     * The latest day of submission whose notice period has run out by {@code today}: a case still
     * submitted and received on or before it is deemed accepted (Art. 32).
     */
    public static LocalDate lastReceiptDeemedAcceptedBy(LocalDate today, WorkingDayCalendar calendar) {
        LocalDate day = today.minusDays(1);
        while (!CaseClock.start(day, ONE_TIME_NOTICE_PERIOD).deadline(calendar).dueDate().isBefore(today)) {
            day = day.minusDays(1);
        }
        return day;
    }

    // --- steps, pauses, extension, decision (办理), see CaseHandling ---

    /** 环节办结: completes step {@code position} with the handler's opinion; the next step begins. */
    public void completeStep(int position, String opinion, Actor handler, WorkingDayCalendar calendar, Clock clock) {
        handling.completeStep(position, opinion, handler, calendar, clock);
    }

    /** 特别程序: stops both clocks for {@code procedure}, the applicant told by the written notice given. */
    public void pause(SpecialProcedure procedure, String noticeReference, LocalDate noticedOn, Actor actor,
            WorkingDayCalendar calendar, Clock clock) {
        handling.pause(procedure, noticeReference, noticedOn, actor, calendar, clock);
    }

    /** Ends the special procedure under way today; the due dates move by the paused working days. */
    public void resume(Actor actor, WorkingDayCalendar calendar, Clock clock) {
        handling.resume(actor, calendar, clock);
    }

    /** 延期 (Art. 42): the case's one extension, approved by the agency head, the applicant told. */
    public void extend(int workingDays, String approvedBy, String reason, LocalDate applicantToldOn, Actor actor,
            WorkingDayCalendar calendar, Clock clock) {
        handling.extend(workingDays, approvedBy, reason, applicantToldOn, actor, calendar, clock);
    }

    /** 办结: decides the case: approved, or denied with legal basis and reason. */
    public void decide(DecisionOutcome outcome, String legalBasis, String reason, Actor actor,
            WorkingDayCalendar calendar, Clock clock) {
        handling.decide(outcome, legalBasis, reason, actor, calendar, clock);
    }

    /** 办结 as approval with an optional note: the decision of earlier releases. */
    public void complete(Actor handler, String note, WorkingDayCalendar calendar, Clock clock) {
        handling.decide(DecisionOutcome.APPROVED, null, note, handler, calendar, clock);
    }

    // --- certificate, delivery, fees, see CaseResults ---

    /** 制证: issues certificate {@code certificateNumber} for an approved case (Art. 44). */
    public void issueCertificate(String certificateNumber, Actor actor, Clock clock) {
        results.issueCertificate(certificateNumber, actor, clock);
    }

    /** 送达: records the delivery of the issued certificate. */
    public void deliver(Delivery delivery, Actor actor, Clock clock) {
        results.deliver(delivery, actor, clock);
    }

    /** 一票制收费: collects the named fees (fee name → amount) under one submission. */
    public void collectFees(String submissionNumber, Map<String, Money> amounts, Actor actor, Clock clock) {
        results.collectFees(submissionNumber, amounts, actor, clock);
    }

    /** 减免: waives one of the item's fees before collection. */
    public void waiveFee(String feeName, String reason, Actor actor, Clock clock) {
        results.waiveFee(feeName, reason, actor, clock);
    }

    /** 退费: refunds collected fees, once. */
    public void refundFees(Money amount, String reason, Actor actor, Clock clock) {
        results.refundFees(amount, reason, actor, clock);
    }

    // --- helpers ---

    void requireStatus(CaseAction action, CaseStatus expected) {
        if (status != expected) {
            throw new CaseNotInExpectedState(action, status);
        }
    }

    /** Moves to {@code to} and records the transition. */
    CaseJournal.Entry move(CaseAction action, CaseStatus to, Actor actor, Instant at, String note) {
        CaseStatus from = status;
        status = to;
        return journal.record(action, from, to, actor, at, note);
    }

    static void requireKnown(ApprovalItem item, Set<String> codes) {
        List<String> unknown = codes.stream().filter(c -> item.material(c).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownMaterial(item.code().value(), unknown);
        }
    }

    /** Hands out the events recorded since the case was loaded and forgets them. */
    public List<DomainEvent> pullEvents() {
        return journal.pullEvents();
    }

    /** Hands out the transitions recorded since the case was loaded and forgets them. */
    public List<CaseTransition> pullTransitions() {
        return journal.pullTransitions();
    }

    public ServiceCaseSnapshot snapshot() {
        CaseProcedure p = handling.procedure;
        return new ServiceCaseSnapshot(id, number, itemCode, itemVersion, itemName, department, applicant, status,
                receivedAt, receivedOn, receivedBy, window, submissionRound, roundReceivedOn, providedMaterials, notices,
                acceptedOn, p.statutoryClock(), p.promisedClock(), handling.completedOn(), journal.transitionCount(),
                version, channel, agent, preApplicationReference, deemed, deferredSupply, refusal, withdrawal,
                p.steps(), p.pauses(), p.extension(), handling.decision(), results.certificate(), results.delivery(),
                results.fees(), handling.promisedDueOn(), handling.statutoryDueOn(), place);
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
        return Optional.ofNullable(handling.procedure.statutoryClock());
    }

    public Optional<CaseClock> promisedClock() {
        return Optional.ofNullable(handling.procedure.promisedClock());
    }

    /** The window where the case was received, if known. */
    public Optional<WindowCode> window() {
        return Optional.ofNullable(window);
    }

    /** The hall that holds the case and its level (办理层级): whose staff act on it. */
    public HallScope place() {
        return place;
    }

    public long version() {
        return version;
    }
}
