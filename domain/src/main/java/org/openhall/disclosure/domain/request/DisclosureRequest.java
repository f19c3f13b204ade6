package org.openhall.disclosure.domain.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.openhall.disclosure.domain.AuditJournal;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.event.DisclosureRequestReceived;
import org.openhall.disclosure.domain.event.DisclosureRequestReplied;
import org.openhall.disclosure.domain.event.DisclosureRequestWithdrawn;
import org.openhall.disclosure.domain.problem.DisclosureConflict;
import org.openhall.disclosure.domain.problem.IncompleteRecord;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Deadline;
import org.openhall.shared.domain.time.Extension;
import org.openhall.shared.domain.time.TimeLimit;

/**
 * A request for government information (政府信息公开申请) from its arrival to its reply, under the
 * Regulations on Open Government Information (2019).
 *
 * <p>The rules it keeps, each checked to the day with the jurisdiction's working-day calendar:
 * <ul>
 * <li>Art. 31: the day of receipt depends on the channel ({@link IntakeChannel}); for ordinary
 *     letters, online and fax requests it is the day confirmed, and no period runs before.</li>
 * <li>Art. 30: one consolidated correction notice, within 7 working days of receipt, with a
 *     deadline for the applicant; the reply period starts afresh on the day the corrected request
 *     arrives; no correction by the deadline → deemed withdrawn.</li>
 * <li>Art. 32 and 33 ¶2: a third party has 15 working days to give its opinion; the consultation
 *     is a pause of the reply clock.</li>
 * <li>Art. 33: reply within 20 working days of receipt; one extension of at most 20 working days,
 *     approved by the head of the disclosure office and told to the applicant.</li>
 * <li>Arts. 35–37: the reply is of one of the closed set of types, each with its required fields.</li>
 * <li>国办函〔2020〕109号: a processing fee by one scale only.</li>
 * </ul>
 *
 * <p>Every step records an {@link AuditRecord}; steps other contexts care for record a domain event.
 */
public final class DisclosureRequest implements AggregateRoot<DisclosureRequest, DisclosureRequestId> {

    /** Art. 33 ¶1: the reply is due within 20 working days of receipt. */
    public static final TimeLimit REPLY_PERIOD = TimeLimit.workingDays(20);

    /** Art. 30: the correction notice is due within 7 working days of receipt. */
    public static final TimeLimit CORRECTION_NOTICE_PERIOD = TimeLimit.workingDays(7);

    /** Art. 32: the third party gives its opinion within 15 working days. */
    public static final TimeLimit THIRD_PARTY_PERIOD = ThirdPartyConsultations.THIRD_PARTY_PERIOD;

    /** Art. 33 ¶1: an extension adds at most 20 working days. */
    public static final int EXTENSION_CAP = 20;

    /** The rule that takes the consultation of a third party out of the reply period. */
    public static final String CONSULTATION_BASIS = ThirdPartyConsultations.CONSULTATION_BASIS;

    private final DisclosureRequestId id;
    private final RequestNumber number;
    private final Requester requester;
    private final String description;
    private final IntakeChannel channel;
    private final Instant submittedAt;
    private final LocalDate submittedOn;
    private final long version;

    private LocalDate receivedOn;
    private RequestStatus status;
    private CorrectionNotice correction;
    private LocalDate correctedOn;
    private CaseClock replyClock;
    private LocalDate extensionNotifiedOn;
    private final ThirdPartyConsultations consultations;
    private FeeAssessment fee;
    private ReplyContent deferral;
    private LocalDate deferredOn;
    private ReplyContent reply;
    private LocalDate repliedOn;
    private String repliedBy;
    private boolean repliedLate;
    private Withdrawal withdrawal;
    private LocalDate withdrawnOn;
    private String withdrawalReason;
    private final Challenges challenges;

    private final AuditJournal journal;

    private DisclosureRequest(DisclosureRequestSnapshot s) {
        this.id = s.id();
        this.number = s.number();
        this.requester = s.requester();
        this.description = s.description();
        this.channel = s.channel();
        this.submittedAt = s.submittedAt();
        this.submittedOn = s.submittedOn();
        this.receivedOn = s.receivedOn();
        this.status = s.status();
        this.correction = s.correction();
        this.correctedOn = s.correctedOn();
        this.replyClock = s.replyClock();
        this.extensionNotifiedOn = s.extensionNotifiedOn();
        this.consultations = new ThirdPartyConsultations(s.consultations());
        this.fee = s.fee();
        this.deferral = s.deferral();
        this.deferredOn = s.deferredOn();
        this.reply = s.reply();
        this.repliedOn = s.repliedOn();
        this.repliedBy = s.repliedBy();
        this.repliedLate = s.repliedLate();
        this.withdrawal = s.withdrawal();
        this.withdrawnOn = s.withdrawnOn();
        this.withdrawalReason = s.withdrawalReason();
        this.challenges = new Challenges(s.challenges());
        this.journal = new AuditJournal(s.id().toString(), s.auditCount());
        this.version = s.version();
    }

    /** Rebuilds a stored request; records no event and no audit. */
    public static DisclosureRequest restore(DisclosureRequestSnapshot snapshot) {
        return new DisclosureRequest(snapshot);
    }

    /**
     * 登记: records a request as it arrived. In person it is received today; by registered post on
     * the day the agency signed for it ({@code signedForOn}); by ordinary letter, online or by fax it
     * awaits the confirmation of the day of receipt (Art. 31).
     *
     * @param signedForOn the day signed for; required for registered post, ignored otherwise
     */
    public static DisclosureRequest register(DisclosureRequestId id, RequestNumber number, Requester requester,
            String description, IntakeChannel channel, LocalDate signedForOn, Actor officer,
            WorkingDayCalendar calendar, Clock clock) {
        if (description == null || description.isBlank()) {
            throw new InvalidValue("description", "the information asked for must be described (Art. 29)");
        }
        if (channel == null) {
            throw new InvalidValue("channel", "must be given");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        DisclosureRequest request = new DisclosureRequest(new DisclosureRequestSnapshot(id, number, requester,
                description.strip(), channel, now, today, null, RequestStatus.AWAITING_CONFIRMATION, null, null, null,
                null, List.of(), null, null, null, null, null, null, false, null, null, null, List.of(), 0, 0));
        request.audit("REGISTER", officer, now, channel.name());
        // Art. 31: until the day of receipt is known (a confirmation still to come), nothing runs.
        channel.receivedOn(signedForOn, today).ifPresent(day -> request.startReceived(day, officer, calendar, now));
        return request;
    }

    /**
     * 确认收到: records the day the agency and the applicant confirmed receipt of an ordinary letter,
     * an online or a fax request (Art. 31); the reply period runs from that day.
     */
    public void confirmReceipt(LocalDate confirmedOn, Actor officer, WorkingDayCalendar calendar, Clock clock) {
        requireStatus("CONFIRM_RECEIPT", RequestStatus.AWAITING_CONFIRMATION);
        LocalDate today = today(clock);
        if (confirmedOn == null) {
            throw new InvalidValue("confirmedOn", "must be given");
        }
        if (confirmedOn.isAfter(today) || confirmedOn.isBefore(submittedOn)) {
            throw new InvalidValue("confirmedOn", "must lie between the day the request arrived and today");
        }
        startReceived(confirmedOn, officer, calendar, clock.instant());
    }

    /**
     * 补正通知: asks the applicant to make the request clear, listing every point at once, within
     * 7 working days of receipt (Art. 30). The reply period stops until the corrected request comes.
     *
     * @throws DisclosureConflict {@code disclosure.correction-already-requested} for a second notice,
     *         {@code disclosure.correction-period-expired} after the 7 working days
     */
    public CorrectionNotice requestCorrection(List<String> points, LocalDate applicantDueOn, Actor officer,
            WorkingDayCalendar calendar, Clock clock) {
        if (correction != null) {
            throw DisclosureConflict.correctionAlreadyRequested(correction.issuedOn());
        }
        requireStatus("REQUEST_CORRECTION", RequestStatus.IN_PROGRESS);
        LocalDate today = today(clock);
        LocalDate lastDay = correctionNoticeDeadline(calendar).orElseThrow();
        if (today.isAfter(lastDay)) {
            throw DisclosureConflict.correctionPeriodExpired(lastDay);
        }
        requireNoOpenConsultation();
        CorrectionNotice notice = new CorrectionNotice(points, today, applicantDueOn, officer.username());
        correction = notice;
        replyClock = null;
        status = RequestStatus.AWAITING_CORRECTION;
        audit("REQUEST_CORRECTION", officer, clock.instant(), notice.points().size() + " point(s), due " + applicantDueOn);
        return notice;
    }

    /** 收到补正: the corrected request arrived today; the 20 working days start afresh (Art. 30). */
    public void receiveCorrection(Actor officer, WorkingDayCalendar calendar, Clock clock) {
        requireStatus("RECEIVE_CORRECTION", RequestStatus.AWAITING_CORRECTION);
        Instant now = clock.instant();
        LocalDate today = today(clock);
        correctedOn = today;
        replyClock = CaseClock.start(today, REPLY_PERIOD);
        status = RequestStatus.IN_PROGRESS;
        audit("RECEIVE_CORRECTION", officer, now, "reply due " + replyClock.deadline(calendar).dueDate());
    }

    /**
     * 视为放弃申请: the applicant's deadline for the correction passed without it (Art. 30). The
     * request is closed and no longer counts as running, nor as overdue.
     *
     * @throws DisclosureConflict {@code disclosure.correction-not-lapsed} while the applicant still has time
     */
    public void deemWithdrawn(Actor officer, Clock clock) {
        requireStatus("DEEM_WITHDRAWN", RequestStatus.AWAITING_CORRECTION);
        LocalDate today = today(clock);
        if (!today.isAfter(correction.dueOn())) {
            throw DisclosureConflict.correctionNotLapsed(correction.dueOn());
        }
        close(Withdrawal.DEEMED_NO_CORRECTION, "no correction by " + correction.dueOn(), officer, clock);
    }

    /** 撤回申请: the applicant withdrew the request. */
    public void withdraw(String reason, Actor officer, Clock clock) {
        if (status.isClosed()) {
            throw DisclosureConflict.invalidState("WITHDRAW", status.name());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue("reason", "a withdrawal records what the applicant said");
        }
        close(Withdrawal.BY_APPLICANT, reason.strip(), officer, clock);
    }

    /**
     * 征求第三方意见: consults a third party (Art. 32). The reply clock stands still from today until
     * the opinion comes or the third party's 15 working days run out.
     */
    public Consultation consultThirdParty(String thirdParty, Actor officer, WorkingDayCalendar calendar,
            Clock clock) {
        requireStatus("CONSULT_THIRD_PARTY", RequestStatus.IN_PROGRESS);
        replyClock = consultations.open(thirdParty, today(clock), replyClock, calendar);
        Consultation consultation = consultations.latest();
        audit("CONSULT_THIRD_PARTY", officer, clock.instant(), "third party's opinion due " + consultation.dueOn());
        return consultation;
    }

    /** 收到第三方意见: the third party answered today; the reply clock runs again from tomorrow. */
    public void recordOpinion(ThirdPartyOpinion opinion, Actor officer, Clock clock) {
        if (opinion == null || opinion == ThirdPartyOpinion.NONE) {
            throw new InvalidValue("opinion", "is CONSENTS or OBJECTS; a lapsed period is recorded as such");
        }
        endConsultation(today(clock), opinion, officer, clock);
    }

    /**
     * 第三方逾期未提出意见: the third party's 15 working days ran out without an answer; the pause
     * ends on the last of them and the agency decides by itself (Art. 32).
     *
     * @throws DisclosureConflict {@code disclosure.third-party-period-running} before they ran out
     */
    public void lapseConsultation(Actor officer, Clock clock) {
        Consultation open = consultations.openOne().orElseThrow(DisclosureConflict::noOpenConsultation);
        if (!today(clock).isAfter(open.dueOn())) {
            throw DisclosureConflict.thirdPartyPeriodRunning(open.dueOn());
        }
        endConsultation(open.dueOn(), ThirdPartyOpinion.NONE, officer, clock);
    }

    /**
     * 延长答复期限: extends the reply period once, by at most 20 working days, with the approval of
     * the head of the disclosure office and notice to the applicant (Art. 33).
     *
     * @throws IncompleteRecord {@code disclosure.extension-incomplete} without approver, reason or notice day
     * @throws DisclosureConflict {@code disclosure.extension-already-granted} for a second extension,
     *         {@code disclosure.reply-period-expired} once the period ran out
     * @throws org.openhall.shared.domain.ExtensionCapExceeded above 20 working days
     */
    public void extend(int workingDays, String approvedBy, String reason, LocalDate applicantNotifiedOn, Actor officer,
            WorkingDayCalendar calendar, Clock clock) {
        requireStatus("EXTEND", RequestStatus.IN_PROGRESS);
        replyClock = ReplyExtension.grant(replyClock, workingDays, approvedBy, reason, applicantNotifiedOn, today(clock),
                calendar);
        extensionNotifiedOn = applicantNotifiedOn;
        audit("EXTEND", officer, clock.instant(), workingDays + " working day(s) approved by " + approvedBy.strip());
    }

    /**
     * 核定信息处理费: assesses the fee by one scale (国办函〔2020〕109号).
     *
     * @param basis the applicant's ordinal of the calendar month for {@link FeeScale#PER_REQUEST}, the
     *        pages of information for {@link FeeScale#PER_PAGE}
     * @throws DisclosureConflict {@code disclosure.fee-already-assessed}: never two assessments, never both scales
     */
    public FeeAssessment assessFee(FeeScale scale, Integer basis, Actor officer, Clock clock) {
        if (fee != null) {
            throw DisclosureConflict.feeAlreadyAssessed(fee.scale().name());
        }
        if (status != RequestStatus.IN_PROGRESS && status != RequestStatus.DEFERRED) {
            throw DisclosureConflict.invalidState("ASSESS_FEE", status.name());
        }
        if (scale == null) {
            throw IncompleteRecord.fee("scale");
        }
        if (basis == null || basis < 1) {
            throw IncompleteRecord.fee(scale == FeeScale.PER_PAGE ? "pages" : "ordinal");
        }
        fee = FeeAssessment.of(scale, basis, today(clock));
        audit("ASSESS_FEE", officer, clock.instant(), scale + " " + basis + " → " + fee.amount());
        return fee;
    }

    /**
     * 答复: answers the request with one of the types of Arts. 35–37. An Art. 35 deferral is not the
     * end: it sets the day by which the reply is due, and the request stays open until then.
     *
     * @throws DisclosureConflict {@code disclosure.consultation-open} while a third party is consulted,
     *         {@code disclosure.already-deferred} for a second deferral
     */
    public void reply(ReplyContent content, Actor officer, WorkingDayCalendar calendar, Clock clock) {
        if (content == null) {
            throw IncompleteRecord.reply("?", "type");
        }
        if (status != RequestStatus.IN_PROGRESS && status != RequestStatus.DEFERRED) {
            throw DisclosureConflict.invalidState("REPLY", status.name());
        }
        requireNoOpenConsultation();
        Instant now = clock.instant();
        LocalDate today = today(clock);
        if (content.isDeferral()) {
            if (deferral != null) {
                throw DisclosureConflict.alreadyDeferred(deferral.deferredUntil());
            }
            if (!content.deferredUntil().isAfter(today)) {
                throw new InvalidValue("deferredUntil", "a deferred reply is due on a later day");
            }
            deferral = content;
            deferredOn = today;
            status = RequestStatus.DEFERRED;
            audit("DEFER", officer, now, "reply deferred until " + content.deferredUntil());
            return;
        }
        repliedLate = isOverdue(today, calendar);
        reply = content;
        repliedOn = today;
        repliedBy = officer.username();
        status = RequestStatus.REPLIED;
        audit("REPLY", officer, now, content.type() + (repliedLate ? " (late)" : ""));
        journal.publish(new DisclosureRequestReplied(id.toString(), number.value(), content.type().name(), today,
                repliedLate, now));
    }

    /** 记录行政复议/行政诉讼: records that the applicant contested the request's handling (Art. 51). */
    public Challenge recordChallenge(ChallengeKind kind, LocalDate filedOn, Actor officer, Clock clock) {
        Challenge challenge = challenges.record(kind, filedOn, submittedOn, today(clock));
        audit("RECORD_CHALLENGE", officer, clock.instant(), kind + " filed " + filedOn);
        return challenge;
    }

    /** 记录复议/诉讼结果: records the outcome of a challenge, once. */
    public Challenge decideChallenge(int challengeNumber, ChallengeOutcome outcome, LocalDate decidedOn, Actor officer,
            Clock clock) {
        Challenge decided = challenges.decide(challengeNumber, outcome, decidedOn, today(clock));
        audit("DECIDE_CHALLENGE", officer, clock.instant(), "challenge " + challengeNumber + ": " + outcome);
        return decided;
    }

    /** The last day for a correction notice: the 7th working day after receipt; empty before receipt. */
    public Optional<LocalDate> correctionNoticeDeadline(WorkingDayCalendar calendar) {
        return receivedOn == null ? Optional.empty()
                : Optional.of(CaseClock.start(receivedOn, CORRECTION_NOTICE_PERIOD).deadline(calendar).dueDate());
    }

    /**
     * The day the reply is due as it stands on {@code asOf} (an open consultation assumed to end that
     * day): the Art. 35 day once deferred; empty while no reply period runs.
     */
    public Optional<Deadline> replyDeadline(WorkingDayCalendar calendar, LocalDate asOf) {
        if (status == RequestStatus.DEFERRED) {
            return Optional.of(Deadline.firm(deferral.deferredUntil()));
        }
        if (status != RequestStatus.IN_PROGRESS && status != RequestStatus.REPLIED || replyClock == null) {
            return Optional.empty();
        }
        return Optional.of(replyClock.deadline(calendar, asOf));
    }

    /**
     * Whether the request is overdue on {@code today}: running and past its due date. A request waiting
     * for its confirmation or its correction, a withdrawn one and a replied one are never overdue.
     */
    public boolean isOverdue(LocalDate today, WorkingDayCalendar calendar) {
        if (status == RequestStatus.DEFERRED) {
            return today.isAfter(deferral.deferredUntil());
        }
        return status == RequestStatus.IN_PROGRESS && replyClock.isOverdue(today, calendar);
    }

    private void startReceived(LocalDate day, Actor officer, WorkingDayCalendar calendar, Instant now) {
        receivedOn = day;
        replyClock = CaseClock.start(day, REPLY_PERIOD);
        status = RequestStatus.IN_PROGRESS;
        Deadline due = replyClock.deadline(calendar);
        audit("RECEIVE", officer, now, "received " + day + ", reply due " + due.dueDate());
        journal.publish(new DisclosureRequestReceived(id.toString(), number.value(), day, due.dueDate(),
                due.provisional(), now));
    }

    private void endConsultation(LocalDate endedOn, ThirdPartyOpinion opinion, Actor officer, Clock clock) {
        replyClock = consultations.end(endedOn, opinion, replyClock, EXTENSION_CAP);
        audit("END_CONSULTATION", officer, clock.instant(), opinion + " on " + endedOn);
    }

    private void close(Withdrawal how, String reason, Actor officer, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = today(clock);
        withdrawal = how;
        withdrawnOn = today;
        withdrawalReason = reason;
        status = RequestStatus.WITHDRAWN;
        audit("WITHDRAW", officer, now, how + ": " + reason);
        journal.publish(new DisclosureRequestWithdrawn(id.toString(), number.value(), how.name(), today, now));
    }

    private void requireNoOpenConsultation() {
        consultations.requireNoneOpen();
    }

    private void requireStatus(String action, RequestStatus expected) {
        if (status != expected) {
            throw DisclosureConflict.invalidState(action, status.name());
        }
    }

    private void audit(String action, Actor actor, Instant at, String note) {
        journal.audit(action, actor, at, note);
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /** Hands out the events recorded since the request was loaded and forgets them. */
    public List<DomainEvent> pullEvents() {
        return journal.pullEvents();
    }

    /** Hands out the audit records written since the request was loaded and forgets them. */
    public List<AuditRecord> pullAudit() {
        return journal.pullAudit();
    }

    public DisclosureRequestSnapshot snapshot() {
        return new DisclosureRequestSnapshot(id, number, requester, description, channel, submittedAt, submittedOn,
                receivedOn, status, correction, correctedOn, replyClock, extensionNotifiedOn, consultations.all(), fee,
                deferral, deferredOn, reply, repliedOn, repliedBy, repliedLate, withdrawal, withdrawnOn,
                withdrawalReason, challenges.all(), journal.count(), version);
    }

    @Override
    public DisclosureRequestId getId() {
        return id;
    }

    public RequestNumber number() {
        return number;
    }

    public Requester requester() {
        return requester;
    }

    public RequestStatus status() {
        return status;
    }

    public Optional<LocalDate> receivedOn() {
        return Optional.ofNullable(receivedOn);
    }

    public Optional<CaseClock> replyClock() {
        return Optional.ofNullable(replyClock);
    }

    public Optional<ReplyContent> reply() {
        return Optional.ofNullable(reply);
    }

    public Optional<FeeAssessment> fee() {
        return Optional.ofNullable(fee);
    }

    public List<Consultation> consultations() {
        return consultations.all();
    }

    public List<Challenge> challenges() {
        return challenges.all();
    }

    public long version() {
        return version;
    }
}
