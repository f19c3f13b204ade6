package org.openhall.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.complaint.domain.event.TicketFollowedUp;
import org.openhall.complaint.domain.event.TicketOverdue;
import org.openhall.complaint.domain.event.TicketSignInOverdue;
import org.openhall.complaint.domain.problem.TicketNotInExpectedState;
import org.openhall.complaint.domain.problem.TicketRefused;
import org.openhall.complaint.domain.problem.TicketRoleRequired;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.time.SettableClock;

/** The closed loop of a ticket with its refusals, on the official 2026 calendar. */
class TicketLoopTest {

    static final WorkingDayCalendar CALENDAR = NationalCalendars.china2025to2026();
    static final TicketLimits LIMITS = new TicketLimits(1, 10, 10);
    static final TicketClass COMPLAINT = TicketClass.of("complaint", "投诉", 13);
    static final DepartmentCode SCJG = new DepartmentCode("SCJG");
    static final Actor OPERATOR = new Actor("op", Set.of(Role.HOTLINE_OPERATOR), null, "话务员");
    static final Actor SUPERVISOR = new Actor("sup", Set.of(Role.SUPERVISOR), null, "督查");
    static final Actor APPROVER = new Actor("appr", Set.of(Role.DEPARTMENT_APPROVER), SCJG, "审批");
    static final Actor HEAD = new Actor("head", Set.of(Role.DEPARTMENT_HEAD), SCJG, "局长");
    static final Actor OTHER_APPROVER = new Actor("other", Set.of(Role.DEPARTMENT_APPROVER),
            new DepartmentCode("WSJK"), "别部门");

    final SettableClock clock = new SettableClock(ZoneId.of("Asia/Shanghai"), LocalDateTime.parse("2026-09-18T10:00"));

    Ticket complaint(String phone) {
        TicketIntake intake = new TicketIntake("T2026-000001", COMPLAINT, TicketChannel.HOTLINE,
                new Caller("张三", phone == null ? null : new PhoneNumber(phone), null), null, "窗口人员态度差",
                null, null, "call-1", null);
        return Ticket.open(new TicketId(UUID.randomUUID()), intake, OPERATOR.username(), null, CALENDAR, clock);
    }

    Ticket replied() {
        Ticket t = complaint("13800138000");
        t.dispatch(SUPERVISOR, "SCJG", LIMITS, CALENDAR, clock);
        t.signIn(APPROVER, clock);
        t.reply(APPROVER, "已核实并致歉", clock);
        return t;
    }

    @Test
    void aComplaintReceivedFridayTheEighteenthIsDueOnTheThirteenthOfOctober() {
        // 13 working days from the day after receipt: 09-20 (make-up Sunday), 21–24, 28–30, 10-08, 10-09,
        // 10-10 (make-up Saturday), 10-12, 10-13; 中秋 09-25..27 and 国庆 10-01..07 are skipped.
        assertThat(complaint("13800138000").dueOn()).isEqualTo(LocalDate.parse("2026-10-13"));
    }

    @Test
    void theWholeLoopIsRecordedStepByStepWithItsActors() {
        Ticket t = replied();
        t.supervise(SUPERVISOR, "请尽快回复", clock);
        t.complete(SUPERVISOR, clock);
        t.followUp(OPERATOR, Satisfaction.SATISFIED, "满意", clock);
        t.close(OPERATOR, null, clock);

        assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
        List<TicketTransition> history = t.pullTransitions();
        assertThat(history).extracting(TicketTransition::action).containsExactly(TicketAction.OPEN,
                TicketAction.DISPATCH, TicketAction.SIGN_IN, TicketAction.REPLY, TicketAction.SUPERVISE,
                TicketAction.COMPLETE, TicketAction.FOLLOW_UP, TicketAction.CLOSE);
        assertThat(history).extracting(TicketTransition::sequence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(history.get(2).actor()).isEqualTo("appr");
        assertThat(history.get(2).actorDepartment()).isEqualTo("SCJG");
        TicketFollowedUp followedUp = (TicketFollowedUp) t.pullEvents().getFirst();
        assertThat(followedUp.handlers()).containsExactly("appr");
        assertThat(followedUp.department()).isEqualTo("SCJG");
        assertThat(followedUp.realName()).isTrue();
        assertThat(followedUp.toString()).as("the event is stored as it is: no phone in it")
                .doesNotContain("13800138000");
    }

    @Test
    void aTicketCannotBeClosedBeforeItWasRepliedTo() {
        Ticket t = complaint("13800138000");
        t.dispatch(SUPERVISOR, "SCJG", LIMITS, CALENDAR, clock);
        t.signIn(APPROVER, clock);

        assertThatThrownBy(() -> t.close(SUPERVISOR, null, clock)).isInstanceOf(TicketRefused.class)
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("ticket.reply-required");
    }

    @Test
    void aTicketCannotBeRatedBeforeItsFollowUpCall() {
        Ticket t = replied();
        t.complete(SUPERVISOR, clock);

        assertThatThrownBy(t::requireRateable).extracting(e -> ((DomainProblem) e).code())
                .isEqualTo("ticket.follow-up-required");
        t.followUp(OPERATOR, Satisfaction.DISSATISFIED, null, clock);
        t.requireRateable();
    }

    @Test
    void aReturnNeedsReasonsAndGoesBackToTheDispatcher() {
        Ticket t = complaint("13800138000");
        t.dispatch(SUPERVISOR, "SCJG", LIMITS, CALENDAR, clock);

        assertThatThrownBy(() -> t.returnToDispatcher(APPROVER, "  ", clock))
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("ticket.return-reasons-required");
        t.returnToDispatcher(APPROVER, "属卫健局职责", clock);
        assertThat(t.status()).isEqualTo(TicketStatus.RETURNED);
        assertThat(t.department()).isNull();
        t.dispatch(SUPERVISOR, "WSJK", LIMITS, CALENDAR, clock);
        assertThat(t.department()).isEqualTo("WSJK");
        assertThatThrownBy(() -> t.signIn(APPROVER, clock)).isInstanceOf(TicketRoleRequired.class);
        t.signIn(OTHER_APPROVER, clock);
    }

    @Test
    void anExtensionAskedBeforeTheDeadlineAndApprovedByTheHeadMovesTheDueDate() {
        Ticket t = complaint("13800138000");
        t.dispatch(SUPERVISOR, "SCJG", LIMITS, CALENDAR, clock);
        t.signIn(APPROVER, clock);
        clock.setDate("2026-10-13");
        t.requestExtension(APPROVER, 3, "需现场核查", LIMITS, clock);

        assertThatThrownBy(() -> t.approveExtension(APPROVER, CALENDAR, clock)).isInstanceOf(TicketRoleRequired.class);
        t.approveExtension(HEAD, CALENDAR, clock);
        assertThat(t.dueOn()).isEqualTo(LocalDate.parse("2026-10-16"));
    }

    @Test
    void anExtensionAskedAfterTheDeadlineIsRefused() {
        Ticket t = complaint("13800138000");
        t.dispatch(SUPERVISOR, "SCJG", LIMITS, CALENDAR, clock);
        t.signIn(APPROVER, clock);
        clock.setDate("2026-10-14");

        assertThatThrownBy(() -> t.requestExtension(APPROVER, 3, "需现场核查", LIMITS, clock))
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("ticket.extension-too-late");
        assertThatThrownBy(() -> t.approveExtension(SUPERVISOR, CALENDAR, clock))
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("ticket.no-extension-pending");
    }

    @Test
    void aClosedTicketReopensWithinThePeriodButNotAfterIt() {
        Ticket t = replied();
        t.complete(SUPERVISOR, clock);
        t.close(OPERATOR, "无法回访", clock);
        // Ten working days after 09-18: 09-20 (make-up Sunday), 21–24, 28–30, 10-08, 10-09.
        clock.setDate("2026-10-10");
        assertThatThrownBy(() -> t.reopen(OPERATOR, "问题未解决", LIMITS, CALENDAR, clock))
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("ticket.reopen-period-over");

        clock.setDate("2026-10-09");
        t.reopen(OPERATOR, "问题未解决", LIMITS, CALENDAR, clock);
        assertThat(t.status()).isEqualTo(TicketStatus.DISPATCHED);
        assertThat(t.department()).isEqualTo("SCJG");
        // 13 working days from 10-09: 10-10 (make-up Saturday), 10-12 … 10-27.
        assertThat(t.dueOn()).isEqualTo(LocalDate.parse("2026-10-27"));
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        Ticket t = complaint("13800138000");
        assertThatThrownBy(() -> t.signIn(APPROVER, clock)).isInstanceOf(TicketRoleRequired.class);
        t.dispatch(SUPERVISOR, "SCJG", LIMITS, CALENDAR, clock);
        assertThatThrownBy(() -> t.reply(APPROVER, "答复", clock)).isInstanceOf(TicketNotInExpectedState.class);
        assertThatThrownBy(() -> t.complete(SUPERVISOR, clock)).isInstanceOf(TicketNotInExpectedState.class);
        assertThatThrownBy(() -> t.dispatch(OPERATOR, "SCJG", LIMITS, CALENDAR, clock))
                .isInstanceOf(TicketRoleRequired.class);
    }

    @Test
    void anAnonymousTicketCannotBeCalledBackButCanBeClosed() {
        TicketIntake intake = new TicketIntake("T2026-000002", COMPLAINT, TicketChannel.PORTAL,
                new Caller(null, null, null), "路灯不亮", "人民路路灯不亮", null, null, null, null);
        Ticket t = Ticket.open(new TicketId(UUID.randomUUID()), intake, "portal", null, CALENDAR, clock);
        t.dispatch(SUPERVISOR, "SCJG", LIMITS, CALENDAR, clock);
        t.signIn(APPROVER, clock);
        t.reply(APPROVER, "已修复", clock);
        t.complete(SUPERVISOR, clock);

        assertThatThrownBy(() -> t.followUp(OPERATOR, Satisfaction.SATISFIED, null, clock))
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("ticket.no-phone-to-call");
        t.close(SUPERVISOR, "匿名，无法回访", clock);
        assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void lateSignInAndLateReplyAreReportedOnceFromTheDayAfterTheirDay() {
        Ticket t = complaint("13800138000");
        t.dispatch(SUPERVISOR, "SCJG", LIMITS, CALENDAR, clock); // sign in by Sunday 09-20, a make-up working day
        assertThat(t.signInDueOn()).isEqualTo(LocalDate.parse("2026-09-20"));
        clock.setDate("2026-09-20");
        assertThat(t.reportLateness(clock)).isFalse();

        clock.setDate("2026-09-21");
        assertThat(t.reportLateness(clock)).isTrue();
        assertThat(t.pullEvents()).singleElement().isInstanceOf(TicketSignInOverdue.class);
        assertThat(t.reportLateness(clock)).isFalse();

        clock.setDate("2026-10-13");
        assertThat(t.reportLateness(clock)).isFalse();
        clock.setDate("2026-10-14");
        assertThat(t.reportLateness(clock)).isTrue();
        assertThat(t.pullEvents()).singleElement().isInstanceOfSatisfying(TicketOverdue.class,
                e -> assertThat(e.dueOn()).isEqualTo(LocalDate.parse("2026-10-13")));
    }
}
