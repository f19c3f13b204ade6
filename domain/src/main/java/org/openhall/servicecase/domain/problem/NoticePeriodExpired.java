package org.openhall.servicecase.domain.problem;

import java.time.LocalDate;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * The five working days for a one-time notice (Administrative Licensing Law Art. 32) have passed:
 * the application counts as accepted from the day of receipt, so no notice can be issued now.
 */
public final class NoticePeriodExpired extends DomainProblem {

    public NoticePeriodExpired(LocalDate lastDay) {
        super("case.notice-period-expired", ProblemKind.CONFLICT,
                "The period for a one-time notice ended on " + lastDay, Map.of("lastDay", lastDay.toString()));
    }
}
