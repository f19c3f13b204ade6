package org.openhall.benchmarks.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.shared.domain.time.CaseClock;
import org.openhall.shared.domain.time.Deadline;
import org.openhall.shared.domain.time.Pause;
import org.openhall.shared.domain.time.PauseKind;
import org.openhall.shared.domain.time.TimeLimit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long the case clock takes to find a due date on the 2025–2026 national calendar: the
 * Administrative Licensing Law's 20 working days (Art. 42) and the 45 of a joint handling,
 * with and without two pauses (Art. 45), and the calendar's working-day addition alone.
 *
 * <p>Each call takes the next of 1,024 clocks whose day 0 is spread over 2025-01-02 to
 * 2026-09-30, so that the figures average over every holiday and make-up day rather than
 * one cached answer, and every due date stays within the loaded years.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DueDateBenchmark {

    private static final int CLOCKS = 1024;
    private static final String ART_45 = "《行政许可法》第四十五条";

    @Param({"20", "45"})
    public int workingDays;

    private WorkingDayCalendar calendar;
    private LocalDate[] starts;
    private CaseClock[] plain;
    private CaseClock[] twoPauses;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        calendar = WorkingDayCalendar.of(JurisdictionCode.NATIONAL, List.of(cn2025(), cn2026()), CalendarSettings.defaults());
        LocalDate first = LocalDate.of(2025, 1, 2);
        long span = LocalDate.of(2026, 9, 30).toEpochDay() - first.toEpochDay();
        starts = new LocalDate[CLOCKS];
        plain = new CaseClock[CLOCKS];
        twoPauses = new CaseClock[CLOCKS];
        for (int i = 0; i < CLOCKS; i++) {
            LocalDate day0 = first.plusDays(i * span / CLOCKS);
            starts[i] = day0;
            plain[i] = CaseClock.start(day0, TimeLimit.workingDays(workingDays));
            twoPauses[i] = plain[i]
                    .withPause(Pause.closed(day0.plusDays(3), day0.plusDays(7), PauseKind.EXPERT_REVIEW, ART_45))
                    .withPause(Pause.closed(day0.plusDays(15), day0.plusDays(21), PauseKind.HEARING, ART_45));
        }
    }

    private int nextIndex() {
        next = (next + 1) & (CLOCKS - 1);
        return next;
    }

    @Benchmark
    public Deadline deadline() {
        return plain[nextIndex()].deadline(calendar);
    }

    @Benchmark
    public Deadline deadlineWithTwoPauses() {
        return twoPauses[nextIndex()].deadline(calendar);
    }

    @Benchmark
    public LocalDate addWorkingDays() {
        return calendar.addWorkingDays(starts[nextIndex()], workingDays);
    }

    /** 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）. */
    private static CalendarYear cn2025() {
        return CalendarYear.builder(JurisdictionCode.NATIONAL, 2025)
                .holiday("元旦", LocalDate.of(2025, 1, 1))
                .holidays("春节", LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4))
                .holidays("清明节", LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 6))
                .holidays("劳动节", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 5))
                .holidays("端午节", LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 2))
                .holidays("国庆节、中秋节", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))
                .makeUpWorkdays(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
                        LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11))
                .build("国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）");
    }

    /** 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）. */
    private static CalendarYear cn2026() {
        return CalendarYear.builder(JurisdictionCode.NATIONAL, 2026)
                .holidays("元旦", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))
                .holidays("春节", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23))
                .holidays("清明节", LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6))
                .holidays("劳动节", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5))
                .holidays("端午节", LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21))
                .holidays("中秋节", LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27))
                .holidays("国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .makeUpWorkdays(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10))
                .build("国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）");
    }
}
