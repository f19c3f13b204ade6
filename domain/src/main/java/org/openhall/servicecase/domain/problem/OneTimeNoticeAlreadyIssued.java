package org.openhall.servicecase.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A second one-time notice for the same submission: the law (Administrative Licensing Law Art. 32)
 * requires everything missing to be told at once, so a second notice is refused.
 */
public final class OneTimeNoticeAlreadyIssued extends DomainProblem {

    public OneTimeNoticeAlreadyIssued(int submissionRound) {
        super("case.one-time-notice-already-issued", ProblemKind.CONFLICT,
                "A one-time notice was already issued for submission " + submissionRound,
                Map.of("submissionRound", submissionRound));
    }
}
