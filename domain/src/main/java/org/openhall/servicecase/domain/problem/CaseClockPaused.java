package org.openhall.servicecase.domain.problem;

import java.time.LocalDate;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A special procedure is under way: end it (resume the clocks) before deciding the case. */
public final class CaseClockPaused extends DomainProblem {

    public CaseClockPaused(LocalDate since) {
        super("case.clock-paused", ProblemKind.CONFLICT, "The case is paused since " + since,
                Map.of("pausedSince", since.toString()));
    }
}
