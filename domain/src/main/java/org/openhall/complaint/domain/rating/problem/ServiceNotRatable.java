package org.openhall.complaint.domain.rating.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** Nothing is rated before it may be: a case before it ended, a ticket before its follow-up call (回访). */
public final class ServiceNotRatable extends DomainProblem {

    public ServiceNotRatable(String kind, String number) {
        super("rating.not-ratable", ProblemKind.CONFLICT, "Not ratable (yet): " + kind + " " + number, Map.of("kind", kind, "number", number));
    }
}
