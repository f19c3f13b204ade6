package org.openhall.complaint.domain.rating.problem;

import java.util.UUID;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A real-name bad rating's rectification is closed only with a follow-up call record (回访记录). */
public final class ReturnVisitRequired extends DomainProblem {

    public ReturnVisitRequired(UUID id) {
        super("rating.return-visit-required", ProblemKind.CONFLICT, "Rectification " + id + " needs a return visit record", Map.of("id", id));
    }
}
