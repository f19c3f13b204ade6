package org.openhall.shared.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import org.openhall.shared.domain.calendar.DayType;
import org.openhall.shared.domain.calendar.NaiveWorkingDays;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

class CaseClockProperties {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);
    private static final String BASIS = "《行政许可法》第四十五条";

    private final WorkingDayCalendar china = NationalCalendars.china2025to2026();
    private final NaiveWorkingDays naive = NaiveWorkingDays.of(china);

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, (int) (LAST.toEpochDay() - FIRST.toEpochDay())).map(FIRST::plusDays);
    }

    /** Up to three pauses as (days after the previous pause or day 0, length in days). */
    @Provide
    Arbitrary<List<Tuple2<Integer, Integer>>> pausePlans() {
        return Arbitraries.integers().between(1, 25).tuple2()
                .map(plan -> Tuple.of(plan.get1(), Math.min(plan.get2(), 15)))
                .list().ofMaxSize(3);
    }

    private static CaseClock withPauses(CaseClock clock, List<Tuple2<Integer, Integer>> plan) {
        LocalDate lastEnd = clock.day0();
        PauseKind[] kinds = PauseKind.values();
        for (Tuple2<Integer, Integer> pause : plan) {
            LocalDate from = lastEnd.plusDays(pause.get1());
            LocalDate to = from.plusDays(pause.get2() - 1);
            clock = clock.withPause(Pause.closed(from, to, kinds[pause.get1() % kinds.length], BASIS));
            lastEnd = to;
        }
        return clock;
    }

    @Property
    void aDueDateIsAlwaysAWorkingDay(
            @ForAll("days") LocalDate day0, @ForAll @IntRange(min = 1, max = 60) int limit,
            @ForAll("pausePlans") List<Tuple2<Integer, Integer>> pauses) {
        CaseClock clock = withPauses(CaseClock.start(day0, TimeLimit.workingDays(limit)), pauses);

        assertThat(china.isWorkingDay(clock.deadline(china).dueDate())).isTrue();
    }

    @Property
    void aPauseCoveringKWorkingDaysMovesTheDueDateByExactlyK(
            @ForAll("days") LocalDate day0, @ForAll @IntRange(min = 1, max = 60) int limit,
            @ForAll @IntRange(min = 1, max = 90) int startOffset, @ForAll @IntRange(min = 1, max = 40) int length) {
        CaseClock clock = CaseClock.start(day0, TimeLimit.workingDays(limit));
        LocalDate due = clock.deadline(china).dueDate();
        LocalDate from = day0.plusDays(1 + startOffset % ChronoUnit.DAYS.between(day0, due));
        LocalDate to = from.plusDays(length - 1);
        int k = china.workingDaysBetween(from.minusDays(1), to);

        LocalDate pausedDue = clock.withPause(Pause.closed(from, to, PauseKind.EXPERT_REVIEW, BASIS)).deadline(china).dueDate();

        assertThat(china.workingDaysBetween(due, pausedDue)).isEqualTo(k);
        assertThat(pausedDue).isEqualTo(china.addWorkingDays(due, k));
    }

    @Property
    void aLaterStartNeverGivesAnEarlierDueDate(
            @ForAll("days") LocalDate day0, @ForAll @IntRange(max = 30) int delay, @ForAll @IntRange(max = 60) int limit) {
        TimeLimit workingDays = TimeLimit.workingDays(limit);

        assertThat(CaseClock.start(day0.plusDays(delay), workingDays).deadline(china).dueDate())
                .isAfterOrEqualTo(CaseClock.start(day0, workingDays).deadline(china).dueDate());
    }

    @Property
    void theDueDateIsTheNthUnpausedWorkingDayCountedOneByOne(
            @ForAll("days") LocalDate day0, @ForAll @IntRange(max = 60) int limit,
            @ForAll("pausePlans") List<Tuple2<Integer, Integer>> pauses) {
        CaseClock clock = withPauses(CaseClock.start(day0, TimeLimit.workingDays(limit)), pauses);

        LocalDate day = day0;
        for (int counted = 0; counted < limit; ) {
            day = day.plusDays(1);
            if (naive.isWorkingDay(day) && !isPaused(clock, day)) {
                counted++;
            }
        }

        assertThat(clock.deadline(china).dueDate()).isEqualTo(day);
    }

    @Property
    void theExplanationCountsExactlyTheEffectiveLimit(
            @ForAll("days") LocalDate day0, @ForAll @IntRange(max = 60) int limit, @ForAll @IntRange(max = 15) int extension,
            @ForAll("pausePlans") List<Tuple2<Integer, Integer>> pauses) {
        CaseClock clock = withPauses(CaseClock.start(day0, TimeLimit.workingDays(limit)), pauses);
        if (extension > 0) {
            clock = clock.withExtension(new Extension(extension, "负责人", "情况复杂", day0), 15);
        }

        DeadlineExplanation explanation = clock.explain(china);

        assertThat(explanation.countedDays()).isEqualTo(limit + extension);
        assertThat(explanation.days().getLast().date()).isEqualTo(clock.deadline(china).dueDate());
        assertThat(explanation.deadline()).isEqualTo(clock.deadline(china));
        assertThat(explanation.days()).filteredOn(day -> day.verdict() == DayVerdict.COUNTED)
                .extracting(ExplainedDay::ordinal)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Property
    void makeUpDaysCountAndHolidaysDoNot(
            @ForAll("days") LocalDate day0, @ForAll @IntRange(max = 60) int limit,
            @ForAll("pausePlans") List<Tuple2<Integer, Integer>> pauses) {
        CaseClock clock = withPauses(CaseClock.start(day0, TimeLimit.workingDays(limit)), pauses);

        for (ExplainedDay day : clock.explain(china).days()) {
            DayType type = china.typeOf(day.date());
            if (day.verdict() == DayVerdict.START || day.verdict() == DayVerdict.PAUSED) {
                continue;
            }
            if (type == DayType.MAKE_UP_WORKDAY) {
                assertThat(day.verdict()).isEqualTo(DayVerdict.COUNTED);
                assertThat(day.makeUpWorkday()).isTrue();
            }
            if (type == DayType.PUBLIC_HOLIDAY) {
                assertThat(day.verdict()).isEqualTo(DayVerdict.PUBLIC_HOLIDAY);
                assertThat(day.note()).isNotBlank();
            }
            if (type == DayType.WEEKEND) {
                assertThat(day.verdict()).isEqualTo(DayVerdict.WEEKEND);
            }
        }
    }

    @Property
    void aCalendarDayLimitIsDay0PlusNPlusThePausedDaysBeforeIt(
            @ForAll("days") LocalDate day0, @ForAll @IntRange(max = 60) int limit,
            @ForAll("pausePlans") List<Tuple2<Integer, Integer>> pauses) {
        CaseClock clock = withPauses(CaseClock.start(day0, TimeLimit.calendarDays(limit)), pauses);

        LocalDate due = clock.deadline(china).dueDate();
        long pausedUpToDue = clock.explain(china).pausedDays().size();

        assertThat(due).isEqualTo(day0.plusDays(limit + pausedUpToDue));
        assertThat(clock.deadline(china).provisional()).isFalse();
    }

    @Property
    void aCaseIsOverdueExactlyWhenNoWorkingDaysRemain(
            @ForAll("days") LocalDate day0, @ForAll @IntRange(max = 60) int limit, @ForAll @IntRange(max = 120) int daysLater) {
        CaseClock clock = CaseClock.start(day0, TimeLimit.workingDays(limit));
        LocalDate today = day0.plusDays(daysLater);

        assertThat(clock.isOverdue(today, china)).isEqualTo(clock.remainingWorkingDays(today, china) < 0);
        assertThat(clock.isOverdue(today, china)).isEqualTo(today.isAfter(clock.deadline(china).dueDate()));
    }

    @Property
    void aDeadlineIsProvisionalExactlyWhenItCountsADayOfAnUnloadedYear(
            @ForAll("days") LocalDate day0, @ForAll @IntRange(min = 1, max = 60) int limit) {
        Deadline deadline = CaseClock.start(day0, TimeLimit.workingDays(limit)).deadline(china);

        // Only 2025 and 2026 are loaded and day 0 is never before 2025: a due date from 2027 on counted unloaded days.
        assertThat(deadline.provisional()).isEqualTo(deadline.dueDate().getYear() >= 2027);
    }

    private static boolean isPaused(CaseClock clock, LocalDate day) {
        return clock.pauses().stream().anyMatch(pause -> !day.isBefore(pause.from()) && !day.isAfter(pause.to()));
    }
}
