package org.openhall.supervision.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.supervision.domain.problem.OrderAlreadyReplied;

/**
 * A supervisory order (督办单): the supervisors tell a department to act on a case or a warning and
 * to reply (回告) within a number of working days. The department's approver replies once; a
 * reply after the deadline, or none by then, is an overdue reply (逾期未回告) that the supervisors
 * see listed.
 */
public final class SupervisoryOrder {

    private final String id;
    private final String department;
    private final String caseId;
    private final String warningId;
    private final String instruction;
    private final String issuedBy;
    private final LocalDate issuedOn;
    private final LocalDate replyDueOn;
    private OrderStatus status;
    private String reply;
    private String repliedBy;
    private LocalDate repliedOn;
    private final long version;

    private SupervisoryOrder(SupervisoryOrderSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.department = Objects.requireNonNull(s.department(), "department");
        this.caseId = s.caseId();
        this.warningId = s.warningId();
        this.instruction = s.instruction();
        this.issuedBy = s.issuedBy();
        this.issuedOn = s.issuedOn();
        this.replyDueOn = s.replyDueOn();
        this.status = s.status();
        this.reply = s.reply();
        this.repliedBy = s.repliedBy();
        this.repliedOn = s.repliedOn();
        this.version = s.version();
    }

    /**
     * Issues an order about a case or a warning of {@code department}, to be replied to within
     * {@code replyWorkingDays} working days of {@code issuedOn} (day 0).
     */
    public static SupervisoryOrder issue(String id, String department, String caseId, String warningId,
            String instruction, Actor supervisor, LocalDate issuedOn, int replyWorkingDays,
            WorkingDayCalendar calendar) {
        if (caseId == null && warningId == null) {
            throw new InvalidValue("caseId", "an order concerns a case or a warning");
        }
        if (instruction == null || instruction.isBlank()) {
            throw new InvalidValue("instruction", "must say what the department is to do");
        }
        if (instruction.length() > 2000) {
            throw new InvalidValue("instruction", "must be at most 2000 characters");
        }
        if (replyWorkingDays < 1 || replyWorkingDays > Threshold.MAX_WORKING_DAYS) {
            throw new InvalidValue("replyWorkingDays", "must be between 1 and " + Threshold.MAX_WORKING_DAYS);
        }
        return new SupervisoryOrder(new SupervisoryOrderSnapshot(id, department, caseId, warningId,
                instruction.strip(), supervisor.username(), issuedOn,
                calendar.addWorkingDays(issuedOn, replyWorkingDays), OrderStatus.OPEN, null, null, null, 0));
    }

    public static SupervisoryOrder restore(SupervisoryOrderSnapshot snapshot) {
        return new SupervisoryOrder(snapshot);
    }

    public SupervisoryOrderSnapshot snapshot() {
        return new SupervisoryOrderSnapshot(id, department, caseId, warningId, instruction, issuedBy, issuedOn,
                replyDueOn, status, reply, repliedBy, repliedOn, version);
    }

    /** 回告: the department's answer, once. */
    public void reply(Actor approver, String text, LocalDate on) {
        if (status == OrderStatus.REPLIED) {
            throw new OrderAlreadyReplied(id, repliedOn);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidValue("reply", "must say what the department did");
        }
        if (text.length() > 4000) {
            throw new InvalidValue("reply", "must be at most 4000 characters");
        }
        reply = text.strip();
        repliedBy = approver.username();
        repliedOn = on;
        status = OrderStatus.REPLIED;
    }

    /** Whether the reply is overdue on {@code today}: none yet after the reply day, or one that came late. */
    public boolean replyOverdueOn(LocalDate today) {
        return status == OrderStatus.OPEN ? today.isAfter(replyDueOn) : repliedOn.isAfter(replyDueOn);
    }

    public String id() {
        return id;
    }

    public String department() {
        return department;
    }

    public long version() {
        return version;
    }
}
