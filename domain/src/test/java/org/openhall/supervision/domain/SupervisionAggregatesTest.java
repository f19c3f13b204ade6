package org.openhall.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.supervision.domain.problem.NotACard;
import org.openhall.supervision.domain.problem.OrderAlreadyReplied;
import org.openhall.supervision.domain.problem.WarningNotInExpectedState;

class SupervisionAggregatesTest {

    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "监察");
    private static final Actor APPROVER = new Actor("approver.scjg", Set.of(Role.DEPARTMENT_APPROVER),
            new DepartmentCode("SCJG"), "审批");
    private static final LocalDate OCT_12 = LocalDate.parse("2026-10-12");

    @Test
    void aContestedCardCanBeRevokedAndThenNothingElse() {
        Warning card = card(WarningLevel.RED_CARD);
        card.contest(APPROVER, "申请人原因延误", OCT_12);
        card.revoke(SUPERVISOR, "经核实属实", OCT_12);

        assertThat(card.status()).isEqualTo(WarningStatus.REVOKED);
        assertThat(card.snapshot().contestReason()).isEqualTo("申请人原因延误");
        assertThatThrownBy(() -> card.revoke(SUPERVISOR, "再次", OCT_12)).isInstanceOf(WarningNotInExpectedState.class);
    }

    @Test
    void aWarningCannotBeContestedAndACardOnlyOnce() {
        assertThatThrownBy(() -> card(WarningLevel.WARNING).contest(APPROVER, "x", OCT_12)).isInstanceOf(NotACard.class);
        Warning card = card(WarningLevel.YELLOW_CARD);
        card.contest(APPROVER, "理由", OCT_12);
        assertThatThrownBy(() -> card.contest(APPROVER, "理由", OCT_12)).isInstanceOf(WarningNotInExpectedState.class);
        card.dismissContest(SUPERVISOR, "理由不成立", OCT_12);
        assertThat(card.status()).isEqualTo(WarningStatus.UPHELD);
    }

    @Test
    void revokingNeedsReasons() {
        assertThatThrownBy(() -> card(WarningLevel.RED_CARD).revoke(SUPERVISOR, " ", OCT_12))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void anOrderIsDueInWorkingDaysAndRepliedOnceAndALateReplyIsOverdue() {
        SupervisoryOrder order = SupervisoryOrder.issue("o-1", "SCJG", "c-1", null, "请说明超期原因并整改", SUPERVISOR,
                LocalDate.parse("2026-09-29"), 3, NationalCalendars.china2025to2026());

        assertThat(order.snapshot().replyDueOn()).isEqualTo(LocalDate.parse("2026-10-09"));
        assertThat(order.replyOverdueOn(LocalDate.parse("2026-10-09"))).isFalse();
        assertThat(order.replyOverdueOn(LocalDate.parse("2026-10-10"))).isTrue();
        order.reply(APPROVER, "已整改", LocalDate.parse("2026-10-10"));
        assertThat(order.replyOverdueOn(LocalDate.parse("2026-10-12"))).isTrue();
        assertThatThrownBy(() -> order.reply(APPROVER, "again", OCT_12)).isInstanceOf(OrderAlreadyReplied.class);
    }

    @Test
    void anOrderNeedsASubjectAndAnInstruction() {
        assertThatThrownBy(() -> SupervisoryOrder.issue("o", "SCJG", null, null, "x", SUPERVISOR, OCT_12, 3,
                NationalCalendars.china2025to2026())).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> SupervisoryOrder.issue("o", "SCJG", "c", null, " ", SUPERVISOR, OCT_12, 3,
                NationalCalendars.china2025to2026()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("instruction"));
    }

    private static Warning card(WarningLevel level) {
        return Warning.raise("w-1", "c-1", "HS-1", "SCJG", "SCJG-001",
                new Finding(SupervisionRule.PROMISED_OVERDUE, level, LocalDate.parse("2026-10-09")), OCT_12,
                Instant.parse("2026-10-12T01:00:00Z"));
    }
}
