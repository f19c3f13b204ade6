package org.openhall.supervision.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.supervision.application.port.in.FiguresQuery;
import org.openhall.supervision.application.port.in.FiguresView;
import org.openhall.supervision.application.port.in.GradeView;
import org.openhall.supervision.application.port.in.SupervisionGauges;
import org.openhall.supervision.application.port.in.SupervisionGaugesQuery;
import org.openhall.supervision.application.port.out.SupervisedCaseRepository;
import org.openhall.supervision.application.port.out.WarningRepository;
import org.openhall.supervision.domain.CardFact;
import org.openhall.supervision.domain.FigureDimension;
import org.openhall.supervision.domain.FigureLine;
import org.openhall.supervision.domain.RuleSettings;
import org.openhall.supervision.domain.SupervisedCaseSnapshot;
import org.openhall.supervision.domain.SupervisionFigures;
import org.openhall.supervision.domain.Threshold;
import org.openhall.supervision.domain.WarningLevel;
import org.springframework.transaction.annotation.Transactional;

/** Figures, quarterly grades and the gauges of the metrics endpoint. */
public class SupervisionFiguresService implements FiguresQuery, SupervisionGaugesQuery {

    private final SupervisedCaseRepository cases;
    private final WarningRepository warnings;
    private final SupervisionSettings settings;
    private final Clock clock;

    public SupervisionFiguresService(SupervisedCaseRepository cases, WarningRepository warnings,
            SupervisionSettings settings, Clock clock) {
        this.cases = cases;
        this.warnings = warnings;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public FiguresView figures(Actor actor, YearMonth month, FigureDimension by) {
        RuleSettings rules = settings.rules();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        return new FiguresView(from, to, by, rules.overdueWatches().name(),
                lines(SupervisionAccess.scopeOf(actor), from, to, by, rules, settings.calendar()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<GradeView> grades(Actor actor, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidValue("quarter", "must be 1, 2, 3 or 4");
        }
        RuleSettings rules = settings.rules();
        LocalDate from = YearMonth.of(year, quarter * 3 - 2).atDay(1);
        LocalDate to = YearMonth.of(year, quarter * 3).atEndOfMonth();
        String label = year + "-Q" + quarter;
        return lines(SupervisionAccess.scopeOf(actor), from, to, FigureDimension.DEPARTMENT, rules, settings.calendar())
                .stream()
                .map(line -> new GradeView(line.key(), label, line.completed(), line.onTimePercent(), line.redCards(),
                        rules.grades().grade(line.onTimePercent(), line.redCards())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public SupervisionGauges gauges() {
        RuleSettings rules = settings.rules();
        WorkingDayCalendar calendar = settings.calendar();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        int warningDays = rules.thresholds().stream().filter(Threshold::beforeDue).mapToInt(Threshold::workingDays)
                .max().orElse(1);
        long nearDue = cases.countDueBetween(rules.approachingWatches(), today,
                calendar.addWorkingDays(today, warningDays));
        long overdue = cases.countOverdueByDepartment(rules.overdueWatches(), today).values().stream()
                .mapToLong(Long::longValue).sum();
        java.util.Map<WarningLevel, Long> byLevel = new java.util.EnumMap<>(WarningLevel.class);
        for (WarningLevel level : WarningLevel.values()) {
            byLevel.put(level, 0L);
        }
        byLevel.putAll(warnings.countStandingByLevel());
        return new SupervisionGauges(cases.countOpen(), nearDue, overdue, byLevel);
    }

    private List<FigureLine> lines(Optional<String> department, LocalDate from, LocalDate to, FigureDimension by,
            RuleSettings rules, WorkingDayCalendar calendar) {
        List<SupervisedCaseSnapshot> completed = cases.completedBetween(from, to).stream()
                .filter(c -> department.map(d -> d.equals(c.department())).orElse(true)).toList();
        List<CardFact> cards = warnings.standingBetween(from, to).stream()
                .filter(c -> department.map(d -> d.equals(c.department())).orElse(true)).toList();
        return SupervisionFigures.compute(by, completed, cards, rules.overdueWatches(), calendar);
    }
}
