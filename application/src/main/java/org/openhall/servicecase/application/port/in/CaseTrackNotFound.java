package org.openhall.servicecase.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * No case matches the number and the second factor given to public tracking. Deliberately the same
 * for an unknown number and for a wrong factor, and without details, so that nobody learns from
 * the answer which case numbers exist.
 */
public final class CaseTrackNotFound extends DomainProblem {

    public CaseTrackNotFound() {
        super("case.track-not-found", ProblemKind.NOT_FOUND, "No case matches this number and check", Map.of());
    }
}
