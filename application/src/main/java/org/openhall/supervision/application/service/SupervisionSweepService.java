package org.openhall.supervision.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.supervision.application.port.in.SweepCasesUseCase;
import org.openhall.supervision.application.port.in.SweepResult;
import org.openhall.supervision.application.port.out.SupervisedCaseRepository;
import org.openhall.supervision.domain.DeadlineWatch;
import org.openhall.supervision.domain.Finding;
import org.openhall.supervision.domain.RuleSettings;
import org.openhall.supervision.domain.SupervisedCase;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sweep: reads the open cases whose next check day has come, in batches along the index on
 * that day, raises what the deadline rules find on today's date, and plans each case's next check.
 * Several nodes may sweep at once: they may read the same cases, but the store keeps one warning
 * per (case, rule, level) and only the node that stored it announces it.
 */
public class SupervisionSweepService implements SweepCasesUseCase {

    /** Cases per read: small enough to keep a batch's memory flat, large enough to cost one index range scan. */
    static final int BATCH = 1000;

    private final SupervisedCaseRepository cases;
    private final WarningRaiser raiser;
    private final SupervisionSettings settings;
    private final Clock clock;

    public SupervisionSweepService(SupervisedCaseRepository cases, WarningRaiser raiser, SupervisionSettings settings,
            Clock clock) {
        this.cases = cases;
        this.raiser = raiser;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SweepResult sweep() {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        RuleSettings rules = settings.rules();
        WorkingDayCalendar calendar = settings.calendar();
        int checked = 0;
        int raised = 0;
        List<SupervisedCase> batch;
        // Every case read gets a next check day after today (or none), so the loop ends.
        while (!(batch = cases.dueForCheck(today, BATCH)).isEmpty()) {
            for (SupervisedCase c : batch) {
                checked++;
                for (Finding finding : DeadlineWatch.findingsOn(c, rules, calendar, today)) {
                    if (raiser.raise(c.caseId(), c.caseNumber(), c.department(), c.itemCode(), finding, today)) {
                        raised++;
                    }
                }
                c.planNextCheck(rules, calendar, today);
                cases.planNextCheck(c.caseId(), c.nextCheckOn().orElse(null));
            }
        }
        return new SweepResult(today, checked, raised);
    }
}
