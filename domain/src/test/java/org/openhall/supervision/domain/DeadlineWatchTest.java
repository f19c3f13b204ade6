package org.openhall.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * The deadline rules fire on the right days of 2026 around the National Day holiday (10-01..07 off,
 * make-up working days Sunday 09-20 and Saturday 10-10).
 */
class DeadlineWatchTest {

    private static final WorkingDayCalendar CALENDAR = NationalCalendars.china2025to2026();
    private static final RuleSettings DEFAULTS = RuleSettings.defaults();

    @Test
    void byDefaultAYellowCardComesOneWorkingDayBeforeTheDueDateAndARedCardTheDayAfter() {
        SupervisedCase c = acceptedCase("2026-09-28", "2026-10-09");

        assertThat(findings(c, "2026-10-07")).isEmpty();
        assertThat(findings(c, "2026-10-08"))
                .containsExactly(new Finding(SupervisionRule.PROMISED_DUE_APPROACHING, WarningLevel.YELLOW_CARD, day("2026-10-09")));
        assertThat(findings(c, "2026-10-09")).extracting(Finding::level).containsExactly(WarningLevel.YELLOW_CARD);
        // The day after the due date is Saturday 10-10, a make-up working day.
        assertThat(findings(c, "2026-10-10"))
                .containsExactly(new Finding(SupervisionRule.PROMISED_OVERDUE, WarningLevel.RED_CARD, day("2026-10-09")));
    }

    @Test
    void theWorkingDayBeforeADueDateAfterNationalDayIsTheLastDayOfSeptember() {
        SupervisedCase c = acceptedCase("2026-09-21", "2026-10-08");

        assertThat(findings(c, "2026-09-29")).isEmpty();
        assertThat(findings(c, "2026-09-30")).extracting(Finding::level).containsExactly(WarningLevel.YELLOW_CARD);
        assertThat(findings(c, "2026-10-04")).extracting(Finding::level).containsExactly(WarningLevel.YELLOW_CARD);
        assertThat(findings(c, "2026-10-09")).extracting(Finding::level).containsExactly(WarningLevel.RED_CARD);
    }

    @Test
    void aCaseDueOnTheLastDayOfSeptemberIsOverdueOnNationalDayItself() {
        SupervisedCase c = acceptedCase("2026-09-14", "2026-09-30");

        assertThat(findings(c, "2026-09-29")).extracting(Finding::level).containsExactly(WarningLevel.YELLOW_CARD);
        assertThat(findings(c, "2026-10-01")).extracting(Finding::level).containsExactly(WarningLevel.RED_CARD);
    }

    @Test
    void theSundayMakeUpDayCountsAsTheWorkingDayBeforeAMondayDueDate() {
        SupervisedCase c = acceptedCase("2026-09-14", "2026-09-21");

        assertThat(findings(c, "2026-09-18")).isEmpty();
        assertThat(findings(c, "2026-09-20")).extracting(Finding::level).containsExactly(WarningLevel.YELLOW_CARD);
    }

    @Test
    void heshanThresholdsCountWorkingDaysOverdueAcrossTheHoliday() {
        RuleSettings heshan = settings(Map.of("supervision.warning.working-days-before", "2",
                "supervision.yellow-card.working-days-overdue", "1", "supervision.red-card.working-days-overdue", "3"));
        SupervisedCase c = acceptedCase("2026-09-14", "2026-09-30");

        assertThat(DeadlineWatch.findingsOn(c, heshan, CALENDAR, day("2026-09-25"))).isEmpty();
        assertThat(DeadlineWatch.findingsOn(c, heshan, CALENDAR, day("2026-09-28"))).extracting(Finding::level)
                .containsExactly(WarningLevel.WARNING);
        assertThat(DeadlineWatch.findingsOn(c, heshan, CALENDAR, day("2026-10-07"))).isEmpty();
        assertThat(DeadlineWatch.findingsOn(c, heshan, CALENDAR, day("2026-10-08"))).extracting(Finding::level)
                .containsExactly(WarningLevel.YELLOW_CARD);
        assertThat(DeadlineWatch.findingsOn(c, heshan, CALENDAR, day("2026-10-09"))).extracting(Finding::level)
                .containsExactly(WarningLevel.YELLOW_CARD);
        assertThat(DeadlineWatch.findingsOn(c, heshan, CALENDAR, day("2026-10-10"))).extracting(Finding::level)
                .containsExactly(WarningLevel.YELLOW_CARD, WarningLevel.RED_CARD);
    }

    @Test
    void aYellowCardCanBeSetBeforeTheDueDateAsTheIssueTextPutsIt() {
        RuleSettings yellowBefore = settings(Map.of("supervision.warning.working-days-before", "3",
                "supervision.yellow-card.working-days-before", "1"));
        SupervisedCase c = acceptedCase("2026-09-21", "2026-10-08");

        assertThat(DeadlineWatch.findingsOn(c, yellowBefore, CALENDAR, day("2026-09-30"))).extracting(Finding::level)
                .containsExactly(WarningLevel.WARNING, WarningLevel.YELLOW_CARD);
    }

    @Test
    void theStatutoryDeadlineIsWatchedWhenThePackSaysSo() {
        RuleSettings statutory = settings(Map.of("supervision.rule.overdue.watches", "statutory"));
        SupervisedCase c = acceptedCase("2026-09-14", "2026-09-30");

        assertThat(DeadlineWatch.findingsOn(c, statutory, CALENDAR, day("2026-10-01")))
                .extracting(Finding::rule).doesNotContain(SupervisionRule.STATUTORY_OVERDUE, SupervisionRule.PROMISED_OVERDUE);
        // 20 working days from 09-14, the make-up Sunday 09-20 and Saturday 10-10 included: 10-16.
        assertThat(DeadlineWatch.findingsOn(c, statutory, CALENDAR, day("2026-10-16"))).isEmpty();
        assertThat(DeadlineWatch.findingsOn(c, statutory, CALENDAR, day("2026-10-17")))
                .containsExactly(new Finding(SupervisionRule.STATUTORY_OVERDUE, WarningLevel.RED_CARD, day("2026-10-16")));
    }

    @Test
    void aPausedCaseHasNoDueDateAndIsNotWatched() {
        SupervisedCase c = acceptedCase("2026-09-14", "2026-09-30");
        c.paused("EXPERT_REVIEW", day("2026-09-22"));
        c.planFirstCheck(DEFAULTS, CALENDAR);

        assertThat(findings(c, "2026-10-01")).isEmpty();
        assertThat(c.nextCheckOn()).isEmpty();
    }

    @Test
    void theSweepLooksAtACaseOnlyOnTheDaysAThresholdIsReached() {
        SupervisedCase c = acceptedCase("2026-09-28", "2026-10-09");
        c.planFirstCheck(DEFAULTS, CALENDAR);
        assertThat(c.nextCheckOn()).contains(day("2026-10-08"));

        c.planNextCheck(DEFAULTS, CALENDAR, day("2026-10-08"));
        assertThat(c.nextCheckOn()).contains(day("2026-10-10"));

        c.planNextCheck(DEFAULTS, CALENDAR, day("2026-10-10"));
        assertThat(c.nextCheckOn()).isEmpty();
    }

    @Test
    void aStepPastItsOwnLimitGetsAYellowCardTheDayAfter() {
        SupervisedCase c = acceptedCase("2026-09-14", "2026-10-30");
        c.stepStarted(new CurrentStep(2, "审查", "DEPARTMENT_APPROVER", day("2026-09-21"), day("2026-09-30")));

        assertThat(findings(c, "2026-09-30")).isEmpty();
        assertThat(findings(c, "2026-10-01"))
                .containsExactly(new Finding(SupervisionRule.STEP_OVERDUE, WarningLevel.YELLOW_CARD, day("2026-09-30")));
    }

    @Test
    void aCompletedCaseIsNoLongerWatched() {
        SupervisedCase c = acceptedCase("2026-09-14", "2026-09-30");
        c.completed(day("2026-10-09"), false, true);

        assertThat(findings(c, "2026-10-10")).isEmpty();
    }

    @Test
    void aLevelWithTwoThresholdsIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> settings(Map.of("supervision.red-card.working-days-before", "1",
                "supervision.red-card.working-days-overdue", "1")))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("supervision.red-card.working-days-overdue"));
        assertThatThrownBy(() -> settings(Map.of("supervision.warning.working-days-before", "soon")))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("supervision.warning.working-days-before"));
    }

    @Test
    void anEventRuleCanBeSwitchedOff() {
        RuleSettings s = settings(Map.of("supervision.rule.online-item-handled-offline.level", "off"));

        assertThat(s.levelOf(SupervisionRule.ONLINE_ITEM_HANDLED_OFFLINE)).isEmpty();
        assertThat(s.levelOf(SupervisionRule.FEE_DIFFERS_FROM_CATALOG)).contains(WarningLevel.RED_CARD);
    }

    private static List<Finding> findings(SupervisedCase c, String today) {
        return DeadlineWatch.findingsOn(c, DEFAULTS, CALENDAR, day(today));
    }

    /** A case accepted on {@code acceptedOn}, promised by {@code promisedDue}, statutory due 20 working days later. */
    static SupervisedCase acceptedCase(String acceptedOn, String promisedDue) {
        SupervisedCase c = SupervisedCase.firstSeen("c-1", "HS-2026-000001", "SCJG");
        c.submitted("SCJG-001", "W01", "WINDOW", false, day(acceptedOn));
        c.accepted(day(acceptedOn), CALENDAR.addWorkingDays(day(acceptedOn), 20), day(promisedDue));
        return c;
    }

    static RuleSettings settings(Map<String, String> parameters) {
        Map<String, String> p = new HashMap<>(parameters);
        return RuleSettings.read(key -> Optional.ofNullable(p.get(key)));
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
