package org.openhall.shared.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.CaseClockConflict;
import org.openhall.shared.domain.ExtensionCapExceeded;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * The case clock on dates worked out by hand from the 2025 and 2026 holiday notices.
 */
class CaseClockTest {

    private static final String ART_45 = "《行政许可法》第四十五条";

    private final WorkingDayCalendar china = NationalCalendars.china2025to2026();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Extension extension(int workingDays) {
        return new Extension(workingDays, "局长", "需要补充现场核查", date(2026, 10, 15));
    }

    @Test
    void twentyWorkingDaysFromFriday18September2026EndOnThursday22October() {
        // Fri 09-18 is day 0. Sun 09-20 (make-up) is day 1; 中秋 09-25..27 and 国庆 10-01..07 are skipped;
        // Sat 10-10 (make-up) is day 11; weekends 09-19, 10-11, 10-17, 10-18 are skipped; day 20 is Thu 10-22.
        CaseClock clock = CaseClock.start(date(2026, 9, 18), TimeLimit.workingDays(20));

        assertThat(clock.deadline(china)).isEqualTo(Deadline.firm(date(2026, 10, 22)));
    }

    @Test
    void theExplanationShowsBothMakeUpDaysOfAutumn2026AsCounted() {
        DeadlineExplanation explanation = CaseClock.start(date(2026, 9, 18), TimeLimit.workingDays(20)).explain(china);

        assertThat(explanation.makeUpDaysCounted())
                .extracting(ExplainedDay::date, ExplainedDay::verdict, ExplainedDay::ordinal)
                .containsExactly(
                        tuple(date(2026, 9, 20), DayVerdict.COUNTED, 1),
                        tuple(date(2026, 10, 10), DayVerdict.COUNTED, 11));
        assertThat(explanation.days().getFirst()).isEqualTo(new ExplainedDay(date(2026, 9, 18), DayVerdict.START, 0, false, null));
        assertThat(explanation.days()).filteredOn(day -> day.date().equals(date(2026, 9, 25)))
                .containsExactly(new ExplainedDay(date(2026, 9, 25), DayVerdict.PUBLIC_HOLIDAY, 0, false, "中秋节"));
        assertThat(explanation.days()).filteredOn(day -> day.date().equals(date(2026, 10, 11)))
                .containsExactly(new ExplainedDay(date(2026, 10, 11), DayVerdict.WEEKEND, 0, false, null));
        assertThat(explanation.days()).hasSize(35);
        assertThat(explanation.countedDays()).isEqualTo(20);
        assertThat(explanation.days().getLast())
                .isEqualTo(new ExplainedDay(date(2026, 10, 22), DayVerdict.COUNTED, 20, false, null));
        assertThat(explanation.summary()).isEqualTo(
                "2026-09-18 + 20 working days → 2026-10-22; counted 20, skipped 14 (weekend 4, holiday 10), paused 0;"
                        + " make-up days counted: 2026-09-20, 2026-10-10");
    }

    @Test
    void theSpringFestival2026BreakIsSkippedAndItsMakeUpSaturdaysCount() {
        // Tue 02-10 is day 0: 11, 12, 13, Sat 14 (make-up) are days 1-4; the break 02-15..23 is skipped;
        // 24-27 are days 5-8, Sat 28 (make-up) day 9; March 2-6 days 10-14, 9-13 days 15-19, Mon 16 day 20.
        CaseClock clock = CaseClock.start(date(2026, 2, 10), TimeLimit.workingDays(20));

        DeadlineExplanation explanation = clock.explain(china);

        assertThat(clock.deadline(china).dueDate()).isEqualTo(date(2026, 3, 16));
        assertThat(explanation.makeUpDaysCounted()).extracting(ExplainedDay::date, ExplainedDay::ordinal)
                .containsExactly(tuple(date(2026, 2, 14), 4), tuple(date(2026, 2, 28), 9));
        assertThat(explanation.days()).filteredOn(day -> day.verdict() == DayVerdict.PUBLIC_HOLIDAY)
                .hasSize(9)
                .allSatisfy(day -> assertThat(day.note()).isEqualTo("春节"));
    }

    @Test
    void theOneTimeNoticeOfArticle32IsDueFiveWorkingDaysAfterReceipt() {
        // Fri 2025-09-26 is day 0: Sat 27 is skipped, Sun 28 (make-up) is day 1, 29 and 30 days 2-3,
        // 国庆/中秋 10-01..08 is skipped, Thu 10-09 and Fri 10-10 are days 4-5.
        CaseClock notice = CaseClock.start(date(2025, 9, 26), TimeLimit.workingDays(5));

        assertThat(notice.deadline(china).dueDate()).isEqualTo(date(2025, 10, 10));
    }

    @Test
    void fiveWorkingDaysAcrossSpringFestivalEndRightAfterTheBreak() {
        assertThat(CaseClock.start(date(2026, 2, 10), TimeLimit.workingDays(5)).deadline(china).dueDate())
                .isEqualTo(date(2026, 2, 24));
    }

    @Test
    void aCaseIsOverdueFromTheCalendarDayAfterItsDueDate() {
        // Fri 2026-03-13 + 5 working days: Mon 16 .. Fri 20.
        CaseClock clock = CaseClock.start(date(2026, 3, 13), TimeLimit.workingDays(5));

        assertThat(clock.deadline(china).dueDate()).isEqualTo(date(2026, 3, 20));
        assertThat(clock.isOverdue(date(2026, 3, 20), china)).isFalse();
        assertThat(clock.isOverdue(date(2026, 3, 21), china)).as("Saturday after the due date").isTrue();
    }

    @Test
    void remainingWorkingDaysReachZeroOnTheDueDateAndTurnNegativeAfter() {
        CaseClock clock = CaseClock.start(date(2026, 3, 13), TimeLimit.workingDays(5));

        assertThat(clock.remainingWorkingDays(date(2026, 3, 13), china)).isEqualTo(5);
        assertThat(clock.remainingWorkingDays(date(2026, 3, 19), china)).isEqualTo(1);
        assertThat(clock.remainingWorkingDays(date(2026, 3, 20), china)).isZero();
        assertThat(clock.remainingWorkingDays(date(2026, 3, 21), china)).isEqualTo(-1);
        assertThat(clock.remainingWorkingDays(date(2026, 3, 23), china)).isEqualTo(-1);
        assertThat(clock.remainingWorkingDays(date(2026, 3, 24), china)).isEqualTo(-2);
    }

    @Test
    void aLimitRunningIntoAnUnloadedYearIsProvisional() {
        // Tue 2026-12-15: Dec 16-18, 21-25, 28-31 are days 1-12; 2027 counts weekends only:
        // Fri 01-01 (surely 元旦, but not loaded) is day 13, Jan 4-8 days 14-18, Mon 11 and Tue 12 days 19-20.
        CaseClock clock = CaseClock.start(date(2026, 12, 15), TimeLimit.workingDays(20));

        Deadline deadline = clock.deadline(china);

        assertThat(deadline).isEqualTo(Deadline.provisional(date(2027, 1, 12), "calendar for 2027 not loaded"));
        assertThat(clock.explain(china).summary()).endsWith("; provisional: calendar for 2027 not loaded");
    }

    @Test
    void aLimitEndingWithinTheLoadedYearsIsFirm() {
        assertThat(CaseClock.start(date(2026, 12, 15), TimeLimit.workingDays(12)).deadline(china))
                .isEqualTo(Deadline.firm(date(2026, 12, 31)));
    }

    @Test
    void calendarDayLimitsCountEveryDay() {
        CaseClock clock = CaseClock.start(date(2026, 9, 18), TimeLimit.calendarDays(30));

        DeadlineExplanation explanation = clock.explain(china);

        assertThat(clock.deadline(china)).as("a Sunday, and not moved").isEqualTo(Deadline.firm(date(2026, 10, 18)));
        assertThat(explanation.countedDays()).isEqualTo(30);
        assertThat(explanation.days()).filteredOn(day -> day.date().equals(date(2026, 10, 1)))
                .extracting(ExplainedDay::verdict, ExplainedDay::ordinal)
                .containsExactly(tuple(DayVerdict.COUNTED, 13));
    }

    @Test
    void calendarDayLimitsAreNeverProvisional() {
        assertThat(CaseClock.start(date(2026, 12, 15), TimeLimit.calendarDays(30)).deadline(china))
                .isEqualTo(Deadline.firm(date(2027, 1, 14)));
    }

    @Test
    void pausedCalendarDaysAreAddedToACalendarDayLimit() {
        CaseClock clock = CaseClock.start(date(2026, 9, 18), TimeLimit.calendarDays(30))
                .withPause(Pause.closed(date(2026, 9, 21), date(2026, 9, 25), PauseKind.TESTING, ART_45));

        assertThat(clock.deadline(china).dueDate()).isEqualTo(date(2026, 10, 23));
        assertThat(clock.explain(china).pausedDays()).hasSize(5);
    }

    @Test
    void suspensionDoesNotCountAgainstTheLimit() {
        // Mon 2026-03-02 + 20 working days is Mon 03-30. An expert review Mon 03-09 .. Fri 03-13 takes 5 working
        // days out: 03-31, 04-01, 04-02, 04-03, then 清明 04-04..06, so Tue 04-07.
        CaseClock clock = CaseClock.start(date(2026, 3, 2), TimeLimit.workingDays(20));
        CaseClock paused = clock.withPause(Pause.closed(date(2026, 3, 9), date(2026, 3, 13), PauseKind.EXPERT_REVIEW, ART_45));

        assertThat(clock.deadline(china).dueDate()).isEqualTo(date(2026, 3, 30));
        assertThat(paused.deadline(china).dueDate()).isEqualTo(date(2026, 4, 7));
        assertThat(paused.explain(china).pausedDays())
                .extracting(ExplainedDay::date, ExplainedDay::note)
                .containsExactly(
                        tuple(date(2026, 3, 9), "EXPERT_REVIEW (" + ART_45 + ")"),
                        tuple(date(2026, 3, 10), "EXPERT_REVIEW (" + ART_45 + ")"),
                        tuple(date(2026, 3, 11), "EXPERT_REVIEW (" + ART_45 + ")"),
                        tuple(date(2026, 3, 12), "EXPERT_REVIEW (" + ART_45 + ")"),
                        tuple(date(2026, 3, 13), "EXPERT_REVIEW (" + ART_45 + ")"));
    }

    @Test
    void aPauseAfterTheDueDateChangesNothing() {
        CaseClock clock = CaseClock.start(date(2026, 3, 2), TimeLimit.workingDays(20))
                .withPause(Pause.closed(date(2026, 3, 31), date(2026, 4, 10), PauseKind.HEARING, ART_45));

        assertThat(clock.deadline(china).dueDate()).isEqualTo(date(2026, 3, 30));
    }

    @Test
    void anOpenPauseLeavesTheDueDateUndeterminedUntilADayIsGiven() {
        CaseClock paused = CaseClock.start(date(2026, 3, 2), TimeLimit.workingDays(20))
                .withPause(Pause.open(date(2026, 3, 9), PauseKind.EXPERT_REVIEW, ART_45));

        assertThatThrownBy(() -> paused.deadline(china))
                .isInstanceOfSatisfying(CaseClockConflict.class, problem -> {
                    assertThat(problem.code()).isEqualTo("clock.still-paused");
                    assertThat(problem.details()).containsEntry("pausedSince", date(2026, 3, 9));
                });
        // As of Wed 03-11 the pause has taken 3 working days: 03-30 + 3 = Thu 04-02, provisionally.
        Deadline asOf11March = paused.deadline(china, date(2026, 3, 11));
        assertThat(asOf11March.dueDate()).isEqualTo(date(2026, 4, 2));
        assertThat(asOf11March.provisional()).isTrue();
        assertThat(asOf11March.provisionalReason()).isEqualTo(
                "paused since 2026-03-09 (EXPERT_REVIEW), assumed to end on 2026-03-11");
        assertThat(paused.explain(china, date(2026, 3, 11)).pausedDays()).hasSize(3);
        assertThat(paused.closeOpenPause(date(2026, 3, 13)).deadline(china)).isEqualTo(Deadline.firm(date(2026, 4, 7)));
    }

    @Test
    void anOpenPauseCoversAtLeastItsFirstDay() {
        CaseClock paused = CaseClock.start(date(2026, 3, 2), TimeLimit.workingDays(20))
                .withPause(Pause.open(date(2026, 3, 9), PauseKind.EXPERT_REVIEW, ART_45));

        assertThat(paused.deadline(china, date(2026, 3, 5)).dueDate()).isEqualTo(date(2026, 3, 31));
    }

    @Test
    void remainingDaysWhilePausedAssumeThePauseEndsToday() {
        CaseClock paused = CaseClock.start(date(2026, 3, 2), TimeLimit.workingDays(20))
                .withPause(Pause.open(date(2026, 3, 9), PauseKind.EXPERT_REVIEW, ART_45));

        // Days 1-4 ran before the pause (03-03..06): 16 remain after today.
        assertThat(paused.remainingWorkingDays(date(2026, 3, 11), china)).isEqualTo(16);
        assertThat(paused.isOverdue(date(2026, 4, 30), china)).isFalse();
    }

    @Test
    void pausesMustStartAfterDay0AndMustNotOverlap() {
        CaseClock clock = CaseClock.start(date(2026, 3, 2), TimeLimit.workingDays(20))
                .withPause(Pause.closed(date(2026, 3, 9), date(2026, 3, 13), PauseKind.EXPERT_REVIEW, ART_45));

        assertThatThrownBy(() -> clock.withPause(Pause.closed(date(2026, 3, 2), date(2026, 3, 3), PauseKind.HEARING, ART_45)))
                .isInstanceOfSatisfying(CaseClockConflict.class,
                        problem -> assertThat(problem.code()).isEqualTo("clock.pause-before-start"));
        assertThatThrownBy(() -> clock.withPause(Pause.closed(date(2026, 3, 13), date(2026, 3, 16), PauseKind.HEARING, ART_45)))
                .isInstanceOfSatisfying(CaseClockConflict.class,
                        problem -> assertThat(problem.code()).isEqualTo("clock.pause-overlaps"));
        assertThatThrownBy(() -> clock.withPause(Pause.open(date(2026, 3, 3), PauseKind.HEARING, ART_45)))
                .as("an open pause reaches to the end of time")
                .isInstanceOf(CaseClockConflict.class);
    }

    @Test
    void pausesAreKeptInOrderWhateverOrderTheyAreRecordedIn() {
        Pause later = Pause.closed(date(2026, 3, 16), date(2026, 3, 17), PauseKind.HEARING, ART_45);
        Pause earlier = Pause.closed(date(2026, 3, 9), date(2026, 3, 10), PauseKind.EXPERT_REVIEW, ART_45);

        CaseClock clock = CaseClock.start(date(2026, 3, 2), TimeLimit.workingDays(20)).withPause(later).withPause(earlier);

        assertThat(clock.pauses()).containsExactly(earlier, later);
        // Two working days paused in each: 03-30 moves by 4 working days, to 03-31, 04-01, 04-02 and Fri 04-03.
        assertThat(clock.deadline(china).dueDate()).isEqualTo(date(2026, 4, 3));
    }

    @Test
    void closingWithoutAnOpenPauseIsAConflict() {
        assertThatThrownBy(() -> CaseClock.start(date(2026, 3, 2), TimeLimit.workingDays(20)).closeOpenPause(date(2026, 3, 9)))
                .isInstanceOfSatisfying(CaseClockConflict.class,
                        problem -> assertThat(problem.code()).isEqualTo("clock.no-open-pause"));
    }

    @Test
    void theHeadOfTheAgencyMayExtendTwentyDaysByTen() {
        // 2026-09-18 + 30 working days: after day 20 (Thu 10-22) come 10-23, 10-26..30, 11-02..05: Thu 11-05.
        CaseClock extended = CaseClock.start(date(2026, 9, 18), TimeLimit.workingDays(20)).withExtension(extension(10), 10);

        assertThat(extended.effectiveLimit()).isEqualTo(TimeLimit.workingDays(30));
        assertThat(extended.deadline(china).dueDate()).isEqualTo(date(2026, 11, 5));
        assertThat(extended.explain(china).extensionDays()).isEqualTo(10);
        assertThat(extended.explain(china).summary()).startsWith("2026-09-18 + 20 working days + 10 extension → 2026-11-05;");
    }

    @Test
    void anExtensionBeyondTheCapIsRefused() {
        CaseClock extended = CaseClock.start(date(2026, 9, 18), TimeLimit.workingDays(20)).withExtension(extension(10), 10);

        assertThatThrownBy(() -> extended.withExtension(extension(1), 10))
                .isInstanceOfSatisfying(ExtensionCapExceeded.class, problem -> {
                    assertThat(problem.code()).isEqualTo("clock.extension-cap-exceeded");
                    assertThat(problem.details()).containsExactly(
                            org.assertj.core.api.Assertions.entry("cap", 10),
                            org.assertj.core.api.Assertions.entry("requested", 1),
                            org.assertj.core.api.Assertions.entry("alreadyGranted", 10));
                });
        assertThatThrownBy(() -> CaseClock.start(date(2026, 9, 18), TimeLimit.workingDays(20)).withExtension(extension(11), 10))
                .isInstanceOf(ExtensionCapExceeded.class);
    }

    @Test
    void extensionsWithinTheCapAddUp() {
        CaseClock twice = CaseClock.start(date(2026, 9, 18), TimeLimit.workingDays(45))
                .withExtension(extension(5), 15)
                .withExtension(extension(10), 15);

        assertThat(twice.effectiveLimit()).isEqualTo(TimeLimit.workingDays(60));
        assertThat(twice.extensions()).hasSize(2);
    }

    @Test
    void aCalendarDayLimitTakesNoWorkingDayExtension() {
        assertThatThrownBy(() -> CaseClock.start(date(2026, 9, 18), TimeLimit.calendarDays(30)).withExtension(extension(10), 10))
                .isInstanceOfSatisfying(CaseClockConflict.class,
                        problem -> assertThat(problem.code()).isEqualTo("clock.extension-unit-mismatch"));
    }

    @Test
    void anExtensionCannotBeApprovedBeforeDay0() {
        assertThatThrownBy(() -> CaseClock.start(date(2026, 10, 16), TimeLimit.workingDays(20)).withExtension(extension(10), 10))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.field()).isEqualTo("approvedOn"));
    }

    @Test
    void aLocalHolidayShiftsTheDueDate() {
        // Mon 2026-04-13 + 20 working days: nationally Wed 05-13 (劳动节 05-01..05 skipped, Sat 05-09 make-up counted);
        // in Heshan 壮族三月三 on Mon 04-20 is one more day off: Thu 05-14.
        CaseClock clock = CaseClock.start(date(2026, 4, 13), TimeLimit.workingDays(20));

        assertThat(clock.deadline(china).dueDate()).isEqualTo(date(2026, 5, 13));
        assertThat(clock.deadline(NationalCalendars.heshan2025to2026()).dueDate()).isEqualTo(date(2026, 5, 14));
        assertThat(clock.explain(NationalCalendars.heshan2025to2026()).days())
                .filteredOn(day -> day.date().equals(NationalCalendars.SANYUESAN_2026))
                .extracting(ExplainedDay::verdict, ExplainedDay::note)
                .containsExactly(tuple(DayVerdict.PUBLIC_HOLIDAY, "壮族三月三"));
    }

    @Test
    void aZeroLimitIsDueOnDay0() {
        CaseClock onTheSpot = CaseClock.start(date(2026, 10, 1), TimeLimit.workingDays(0));

        assertThat(onTheSpot.deadline(china)).isEqualTo(Deadline.firm(date(2026, 10, 1)));
        assertThat(onTheSpot.explain(china).days())
                .containsExactly(new ExplainedDay(date(2026, 10, 1), DayVerdict.START, 0, false, "国庆节"));
    }

    @Test
    void clocksWithTheSameFactsAreEqual() {
        CaseClock one = CaseClock.start(date(2026, 3, 2), TimeLimit.workingDays(20));
        CaseClock other = CaseClock.start(date(2026, 3, 2), TimeLimit.workingDays(20));

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one.withExtension(extension(1), 10)).isNotEqualTo(other);
    }
}
