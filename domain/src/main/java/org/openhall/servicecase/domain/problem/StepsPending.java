package org.openhall.servicecase.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A decision was asked for while steps of the item's procedure are still to be completed. */
public final class StepsPending extends DomainProblem {

    public StepsPending(int pending) {
        super("case.steps-pending", ProblemKind.CONFLICT, pending + " step(s) of the procedure are not completed",
                Map.of("pending", pending));
    }
}
