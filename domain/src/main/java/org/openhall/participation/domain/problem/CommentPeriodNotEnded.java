package org.openhall.participation.domain.problem;

import java.time.LocalDate;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * Comments are answered, and the adoption report is published, only once the comment period is over:
 * until its last day has passed, more comments may still come in.
 */
public final class CommentPeriodNotEnded extends DomainProblem {

    public CommentPeriodNotEnded(LocalDate closesOn) {
        super("participation.comment-period-not-ended", ProblemKind.CONFLICT,
                "The comment period runs until " + closesOn, Map.of("closesOn", closesOn));
    }
}
