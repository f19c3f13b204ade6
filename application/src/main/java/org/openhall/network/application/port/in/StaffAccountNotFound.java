package org.openhall.network.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** There is no staff account of that name. */
public final class StaffAccountNotFound extends DomainProblem {

    public StaffAccountNotFound(String username) {
        super("staff.not-found", ProblemKind.NOT_FOUND, "No staff account " + username, Map.of("username", username));
    }
}
