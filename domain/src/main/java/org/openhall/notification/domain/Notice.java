package org.openhall.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * A text message to one applicant (短信通知), made from one case event with one template.
 *
 * <p>Invariants: its text was rendered from an approved template and fits the segment budget; it is
 * handed to the gateway under its own id as idempotency key; a notice whose send outcome is unknown
 * is never sent again before the gateway was asked about it (at-least-once to the gateway, but never
 * blindly twice); delivered and failed notices are final. Time comes from the Clock handed in.
 */
public final class Notice implements AggregateRoot<Notice, NoticeId> {

    private final NoticeId id;
    private final String caseId;
    private final String caseNumber;
    private final String department;
    private final String templateKey;
    private final String vendorCode;
    private final MessageKind kind;
    private final PhoneNumber phone;
    private final String text;
    private final Map<String, String> variables;
    private final int segments;
    private final Instant createdAt;
    private final long version;

    private NoticeState state;
    private Instant dueAt;
    private int attempts;
    private int reconciliations;
    private String gatewayMessageId;
    private String lastError;
    private Instant sentAt;
    private Instant reportedAt;

    private Notice(NoticeSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.caseId = s.caseId();
        this.caseNumber = s.caseNumber();
        this.department = s.department();
        this.templateKey = s.templateKey();
        this.vendorCode = s.vendorCode();
        this.kind = s.kind();
        this.phone = s.phone();
        this.text = s.text();
        this.variables = Map.copyOf(s.variables());
        this.segments = s.segments();
        this.createdAt = s.createdAt();
        this.version = s.version();
        this.state = s.state();
        this.dueAt = s.dueAt();
        this.attempts = s.attempts();
        this.reconciliations = s.reconciliations();
        this.gatewayMessageId = s.gatewayMessageId();
        this.lastError = s.lastError();
        this.sentAt = s.sentAt();
        this.reportedAt = s.reportedAt();
    }

    /** Rebuilds a stored notice. */
    public static Notice restore(NoticeSnapshot snapshot) {
        return new Notice(snapshot);
    }

    /**
     * A new notice for {@code phone}: due at once, or on {@code sendFrom} when it is later (the
     * number's daily limit is reached today: DEFERRED). A non-service message to a number that
     * opted out is kept as SUPPRESSED and never sent.
     */
    public static Notice create(NoticeId id, CaseReference source, SmsTemplate template, Map<String, String> variables,
            RenderedSms rendered, PhoneNumber phone, boolean suppressed, Instant sendFrom, Clock clock) {
        Instant now = clock.instant();
        NoticeState state;
        if (suppressed && template.kind() == MessageKind.NON_SERVICE) {
            state = NoticeState.SUPPRESSED;
        } else if (sendFrom.isAfter(now)) {
            state = NoticeState.DEFERRED;
        } else {
            state = NoticeState.PENDING;
        }
        Instant due = state == NoticeState.SUPPRESSED ? null : sendFrom.isAfter(now) ? sendFrom : now;
        return new Notice(new NoticeSnapshot(id, source.caseId(), source.caseNumber(), source.department(),
                template.key(), template.vendorCode(), template.kind(), phone, rendered.text(), variables, rendered.segments(),
                now, 0, state, due, 0, 0, null,
                state == NoticeState.SUPPRESSED ? "number opted out of non-service messages" : null, null, null));
    }

    /** 发送成功: the gateway accepted the message under {@code messageId}. */
    public void accepted(String messageId, Clock clock) {
        requireDispatchable();
        attempts++;
        state = NoticeState.SENT;
        gatewayMessageId = messageId;
        sentAt = clock.instant();
        dueAt = null;
        lastError = null;
    }

    /**
     * The gateway could not be reached or refused for now: tried again after the policy's delay, or
     * FAILED after the last attempt. The message certainly did not leave, so sending again is safe.
     */
    public void notSent(String reason, RetryPolicy policy, Clock clock) {
        requireDispatchable();
        attempts++;
        lastError = reason;
        if (attempts >= policy.maxAttempts()) {
            state = NoticeState.FAILED;
            dueAt = null;
        } else {
            state = NoticeState.PENDING;
            dueAt = clock.instant().plus(policy.delayAfter(attempts));
        }
    }

    /** The gateway refused the message for good (an invalid number, a blocked text): FAILED. */
    public void rejected(String reason) {
        requireDispatchable();
        attempts++;
        state = NoticeState.FAILED;
        lastError = reason;
        dueAt = null;
    }

    /**
     * The message was handed over but no answer came (a timeout after sending): it may have left. It
     * is not sent again until the gateway was asked about it.
     */
    public void outcomeUnknown(String reason, RetryPolicy policy, Clock clock) {
        requireDispatchable();
        attempts++;
        state = NoticeState.UNCERTAIN;
        lastError = reason;
        dueAt = clock.instant().plus(policy.delayAfter(1));
    }

    /** Whether the next step is asking the gateway about an earlier send rather than sending. */
    public boolean needsReconciliation() {
        return state == NoticeState.UNCERTAIN;
    }

    /** 核实: the gateway never received it, so sending it again cannot make a duplicate. */
    public void reconciledAsNotReceived(Clock clock) {
        requireState(NoticeState.UNCERTAIN);
        reconciliations++;
        state = NoticeState.PENDING;
        dueAt = clock.instant();
    }

    /** 核实: the gateway has it after all; a delivery report it already knows settles the notice. */
    public void reconciledAsReceived(String messageId, Boolean delivered, Clock clock) {
        requireState(NoticeState.UNCERTAIN);
        reconciliations++;
        state = NoticeState.SENT;
        gatewayMessageId = messageId;
        sentAt = clock.instant();
        dueAt = null;
        lastError = null;
        if (delivered != null) {
            reported(delivered, messageId, delivered ? null : "reported failed on reconciliation", clock);
        }
    }

    /**
     * The gateway could not say (its query failed, or it has none): asked again later, and after the
     * policy's last try the notice goes to REVIEW — a person decides, nothing is resent blindly.
     */
    public void reconciliationInconclusive(String reason, boolean gatewayCanAnswer, RetryPolicy policy, Clock clock) {
        requireState(NoticeState.UNCERTAIN);
        reconciliations++;
        lastError = reason;
        if (!gatewayCanAnswer || reconciliations >= policy.maxReconciliations()) {
            state = NoticeState.REVIEW;
            dueAt = null;
        } else {
            dueAt = clock.instant().plus(policy.delayAfter(reconciliations + 1));
        }
    }

    /** 送达回执: the carrier's delivery report. A report after a lost answer also settles UNCERTAIN and REVIEW. */
    public void reported(boolean delivered, String messageId, String detail, Clock clock) {
        if (state == NoticeState.DELIVERED || state == NoticeState.FAILED && reportedAt != null) {
            return;
        }
        if (gatewayMessageId == null) {
            gatewayMessageId = messageId;
        }
        if (sentAt == null) {
            sentAt = clock.instant();
        }
        state = delivered ? NoticeState.DELIVERED : NoticeState.FAILED;
        reportedAt = clock.instant();
        lastError = delivered ? null : detail;
        dueAt = null;
    }

    private void requireDispatchable() {
        if (state != NoticeState.PENDING && state != NoticeState.DEFERRED) {
            throw new IllegalStateException("notice " + id + " is " + state + ", not due to be sent");
        }
    }

    private void requireState(NoticeState expected) {
        if (state != expected) {
            throw new IllegalStateException("notice " + id + " is " + state + ", not " + expected);
        }
    }

    public NoticeSnapshot snapshot() {
        return new NoticeSnapshot(id, caseId, caseNumber, department, templateKey, vendorCode, kind, phone, text, variables,
                segments, createdAt, version, state, dueAt, attempts, reconciliations, gatewayMessageId, lastError,
                sentAt, reportedAt);
    }

    @Override
    public NoticeId getId() {
        return id;
    }

    public NoticeState state() {
        return state;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public String text() {
        return text;
    }

    /** The variable values the text was rendered with; cloud gateways take them instead of the text. */
    public Map<String, String> variables() {
        return variables;
    }

    public String templateKey() {
        return templateKey;
    }

    public String vendorCode() {
        return vendorCode;
    }

    public int attempts() {
        return attempts;
    }

    public String gatewayMessageId() {
        return gatewayMessageId;
    }

    public long version() {
        return version;
    }
}
