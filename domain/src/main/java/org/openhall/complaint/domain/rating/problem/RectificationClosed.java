package org.openhall.complaint.domain.rating.problem;

import java.util.UUID;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A closed rectification is kept as it was closed. */
public final class RectificationClosed extends DomainProblem {

    public RectificationClosed(UUID id) {
        super("rating.rectification-closed", ProblemKind.CONFLICT, "Rectification " + id + " is closed", Map.of("id", id));
    }
}
