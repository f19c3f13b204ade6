package org.openhall.complaint.domain.rating.problem;

import java.util.UUID;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A rectification is closed only after the handling department replied. */
public final class RectificationNotReplied extends DomainProblem {

    public RectificationNotReplied(UUID id) {
        super("rating.rectification-not-replied", ProblemKind.CONFLICT, "Rectification " + id + " has no reply yet", Map.of("id", id));
    }
}
