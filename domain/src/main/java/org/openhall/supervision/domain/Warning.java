package org.openhall.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.domain.event.WarningRaised;
import org.openhall.supervision.domain.problem.NotACard;
import org.openhall.supervision.domain.problem.WarningNotInExpectedState;

/**
 * A warning or card (预警/黄牌/红牌) raised on a case by a rule. There is exactly one per (case,
 * rule, level), whichever node of the centre found it first. A card can be contested by its
 * department (申诉) and revoked by a supervisor with reasons (撤销); a revoked card stays in the
 * history and leaves the figures.
 */
public final class Warning {

    private final String id;
    private final String caseId;
    private final String caseNumber;
    private final String department;
    private final String itemCode;
    private final SupervisionRule rule;
    private final WarningLevel level;
    private final LocalDate dueOn;
    private final LocalDate raisedOn;
    private final Instant raisedAt;
    private WarningStatus status;
    private String contestReason;
    private String contestedBy;
    private LocalDate contestedOn;
    private String decisionReason;
    private String decidedBy;
    private LocalDate decidedOn;
    private final long version;

    private Warning(WarningSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.caseId = Objects.requireNonNull(s.caseId(), "caseId");
        this.caseNumber = s.caseNumber();
        this.department = Objects.requireNonNull(s.department(), "department");
        this.itemCode = s.itemCode();
        this.rule = Objects.requireNonNull(s.rule(), "rule");
        this.level = Objects.requireNonNull(s.level(), "level");
        this.dueOn = s.dueOn();
        this.raisedOn = Objects.requireNonNull(s.raisedOn(), "raisedOn");
        this.raisedAt = Objects.requireNonNull(s.raisedAt(), "raisedAt");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.contestReason = s.contestReason();
        this.contestedBy = s.contestedBy();
        this.contestedOn = s.contestedOn();
        this.decisionReason = s.decisionReason();
        this.decidedBy = s.decidedBy();
        this.decidedOn = s.decidedOn();
        this.version = s.version();
    }

    /** A new finding on a case; {@code caseId} is the case's id, or the subject's for a rule on another record. */
    public static Warning raise(String id, String caseId, String caseNumber, String department, String itemCode,
            Finding finding, LocalDate raisedOn, Instant raisedAt) {
        return new Warning(new WarningSnapshot(id, caseId, caseNumber, department, itemCode, finding.rule(),
                finding.level(), finding.dueDate(), raisedOn, raisedAt, WarningStatus.ACTIVE, null, null, null, null,
                null, null, 0));
    }

    public static Warning restore(WarningSnapshot snapshot) {
        return new Warning(snapshot);
    }

    public WarningSnapshot snapshot() {
        return new WarningSnapshot(id, caseId, caseNumber, department, itemCode, rule, level, dueOn, raisedOn, raisedAt,
                status, contestReason, contestedBy, contestedOn, decisionReason, decidedBy, decidedOn, version);
    }

    /** The event the monitoring feed and other contexts hear. */
    public WarningRaised raised() {
        return new WarningRaised(id, caseId, caseNumber, department, rule.name(), level.name(), dueOn, raisedOn,
                raisedAt);
    }

    /** 申诉: the department says the card is wrong; only a card that stands can be contested, once. */
    public void contest(Actor approver, String reason, LocalDate on) {
        if (!level.isCard()) {
            throw new NotACard(id);
        }
        require(WarningAction.CONTEST, status == WarningStatus.ACTIVE);
        contestReason = reasonOf(reason);
        contestedBy = approver.username();
        contestedOn = on;
        status = WarningStatus.CONTESTED;
    }

    /** 驳回申诉: the card stands. */
    public void dismissContest(Actor supervisor, String reason, LocalDate on) {
        require(WarningAction.DISMISS_CONTEST, status == WarningStatus.CONTESTED);
        decide(supervisor, reason, on, WarningStatus.UPHELD);
    }

    /** 撤销: the card leaves the figures; it stays in the history with the reasons. */
    public void revoke(Actor supervisor, String reason, LocalDate on) {
        require(WarningAction.REVOKE, status != WarningStatus.REVOKED);
        decide(supervisor, reason, on, WarningStatus.REVOKED);
    }

    private void decide(Actor supervisor, String reason, LocalDate on, WarningStatus outcome) {
        decisionReason = reasonOf(reason);
        decidedBy = supervisor.username();
        decidedOn = on;
        status = outcome;
    }

    private void require(WarningAction action, boolean allowed) {
        if (!allowed) {
            throw new WarningNotInExpectedState(action, status);
        }
    }

    private static String reasonOf(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue("reason", "must state the reasons");
        }
        if (reason.length() > 2000) {
            throw new InvalidValue("reason", "must be at most 2000 characters");
        }
        return reason.strip();
    }

    public String id() {
        return id;
    }

    public String department() {
        return department;
    }

    public WarningLevel level() {
        return level;
    }

    public WarningStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
