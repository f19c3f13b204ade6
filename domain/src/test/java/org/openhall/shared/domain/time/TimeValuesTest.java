package org.openhall.shared.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class TimeValuesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    @Test
    void aTimeLimitIsNeverNegative() {
        assertThat(TimeLimit.workingDays(20)).isEqualTo(new TimeLimit(20, LimitUnit.WORKING_DAYS));
        assertThat(TimeLimit.calendarDays(0).amount()).isZero();
        assertThatThrownBy(() -> TimeLimit.workingDays(-1))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.field()).isEqualTo("amount"));
        assertThat(TimeLimit.workingDays(20).plus(10)).isEqualTo(TimeLimit.workingDays(30));
        assertThat(TimeLimit.workingDays(20)).hasToString("20 working days");
    }

    @Test
    void aPauseEndsNoEarlierThanItStartsAndNamesItsLegalBasis() {
        assertThatThrownBy(() -> Pause.closed(MONDAY, MONDAY.minusDays(1), PauseKind.HEARING, "第四十五条"))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.field()).isEqualTo("to"));
        assertThatThrownBy(() -> Pause.open(MONDAY, PauseKind.HEARING, " "))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.field()).isEqualTo("legalBasis"));
        assertThat(Pause.closed(MONDAY, MONDAY, PauseKind.HEARING, "第四十五条").isOpen()).isFalse();
    }

    @Test
    void anOpenPauseOverlapsEverythingAfterItsStart() {
        Pause open = Pause.open(MONDAY, PauseKind.EXPERT_REVIEW, "第四十五条");

        assertThat(open.overlaps(Pause.closed(MONDAY.plusYears(1), MONDAY.plusYears(1), PauseKind.HEARING, "x"))).isTrue();
        assertThat(open.overlaps(Pause.closed(MONDAY.minusDays(3), MONDAY.minusDays(1), PauseKind.HEARING, "x"))).isFalse();
        assertThat(open.closedOn(MONDAY.plusDays(2)).end()).contains(MONDAY.plusDays(2));
    }

    @Test
    void anExtensionIsAtLeastOneDayAndSaysWhoApprovedItAndWhy() {
        assertThatThrownBy(() -> new Extension(0, "局长", "复杂", MONDAY)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Extension(10, " ", "复杂", MONDAY))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.field()).isEqualTo("approvedBy"));
        assertThatThrownBy(() -> new Extension(10, "局长", "", MONDAY))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.field()).isEqualTo("reason"));
    }

    @Test
    void aProvisionalDeadlineSaysWhyAndAFirmOneDoesNot() {
        assertThatThrownBy(() -> new Deadline(MONDAY, true, null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Deadline(MONDAY, false, "why")).isInstanceOf(InvalidValue.class);
        assertThat(Deadline.firm(MONDAY).isOverdueOn(MONDAY)).isFalse();
        assertThat(Deadline.firm(MONDAY).isOverdueOn(MONDAY.plusDays(1))).isTrue();
    }

    @Test
    void onlyACountedDayHasAnOrdinal() {
        assertThatThrownBy(() -> new ExplainedDay(MONDAY, DayVerdict.COUNTED, 0, false, null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ExplainedDay(MONDAY, DayVerdict.WEEKEND, 3, false, null)).isInstanceOf(InvalidValue.class);
    }
}
