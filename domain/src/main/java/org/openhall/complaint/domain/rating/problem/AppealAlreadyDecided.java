package org.openhall.complaint.domain.rating.problem;

import java.util.UUID;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A re-review decides an appeal once. */
public final class AppealAlreadyDecided extends DomainProblem {

    public AppealAlreadyDecided(UUID id, Object decision) {
        super("rating.appeal-already-decided", ProblemKind.CONFLICT, "Appeal " + id + " was already decided: " + decision, Map.of("id", id, "decision", decision.toString()));
    }
}
