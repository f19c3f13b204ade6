package org.openhall.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

class SupervisionFiguresTest {

    private static final WorkingDayCalendar CALENDAR = NationalCalendars.china2025to2026();

    @Test
    void pausedWorkingDaysAreNotHeldAgainstTheDepartment() {
        // Accepted Mon 11-02, completed Fri 11-13: 9 working days; an expert review Tue 11-03..Thu 11-05 removes 3.
        SupervisedCaseSnapshot paused = completed("a", "SCJG", "2026-11-02", "2026-11-13",
                List.of(new CasePause("EXPERT_REVIEW", LocalDate.parse("2026-11-03"), LocalDate.parse("2026-11-05"))),
                true, Set.of("clerk.scjg"));

        assertThat(SupervisionFigures.handlingWorkingDays(paused, CALENDAR)).isEqualTo(6);
    }

    @Test
    void figuresPerDepartmentCountOnTimeCasesAverageDaysAndCardsThatStand() {
        List<SupervisedCaseSnapshot> cases = List.of(
                completed("a", "SCJG", "2026-11-02", "2026-11-13",
                        List.of(new CasePause("EXPERT_REVIEW", LocalDate.parse("2026-11-03"), LocalDate.parse("2026-11-05"))),
                        true, Set.of("clerk.scjg")),
                completed("b", "SCJG", "2026-11-02", "2026-11-06", List.of(), false, Set.of("clerk.scjg")),
                completed("c", "WSJK", "2026-11-02", "2026-11-03", List.of(), true, Set.of("clerk.wsjk")));
        List<CardFact> cards = List.of(new CardFact("b", "SCJG", "SCJG-001", Set.of("clerk.scjg"), WarningLevel.RED_CARD),
                new CardFact("b", "SCJG", "SCJG-001", Set.of("clerk.scjg"), WarningLevel.WARNING));

        List<FigureLine> lines = SupervisionFigures.compute(FigureDimension.DEPARTMENT, cases, cards,
                WatchedDeadline.PROMISED, CALENDAR);

        assertThat(lines).containsExactly(
                new FigureLine("SCJG", 2, 1, new BigDecimal("50.0"), new BigDecimal("5.0"), 1, 1, 0, 1),
                new FigureLine("WSJK", 1, 1, new BigDecimal("100.0"), new BigDecimal("1.0"), 0, 0, 0, 0));
    }

    @Test
    void gradesFollowTheConfiguredBands() {
        assertThat(GradeThresholds.DEFAULT.grade(new BigDecimal("100.0"), 0)).isEqualTo(Grade.EXCELLENT);
        assertThat(GradeThresholds.DEFAULT.grade(new BigDecimal("100.0"), 1)).isEqualTo(Grade.GOOD);
        assertThat(GradeThresholds.DEFAULT.grade(new BigDecimal("90.0"), 0)).isEqualTo(Grade.PASS);
        assertThat(GradeThresholds.DEFAULT.grade(new BigDecimal("50.0"), 0)).isEqualTo(Grade.FAIL);
        assertThat(GradeThresholds.DEFAULT.grade(null, 0)).isEqualTo(Grade.EXCELLENT);
    }

    private static SupervisedCaseSnapshot completed(String id, String department, String acceptedOn, String completedOn,
            List<CasePause> pauses, boolean withinPromised, Set<String> handlers) {
        return new SupervisedCaseSnapshot(id, "HS-" + id, department + "-001", department, "W01", "WINDOW", false,
                CaseStage.COMPLETED, LocalDate.parse(acceptedOn), LocalDate.parse(acceptedOn), null, null, null, pauses,
                LocalDate.parse(completedOn), withinPromised, true, handlers, null);
    }
}
