package org.openhall.participation.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** Hearing materials go to the participants, so the representatives must be selected first. */
public final class RepresentativesNotSelected extends DomainProblem {

    public RepresentativesNotSelected(String hearingId) {
        super("participation.hearing-representatives-not-selected", ProblemKind.CONFLICT,
                "Hearing " + hearingId + " has no representatives yet", Map.of("hearingId", hearingId));
    }
}
