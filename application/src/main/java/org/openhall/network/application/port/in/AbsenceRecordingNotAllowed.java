package org.openhall.network.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * Only a department approver (for their own department's staff) or an administrator may record
 * an absence: it hands a window to the B post, so a clerk cannot declare a colleague away.
 */
public final class AbsenceRecordingNotAllowed extends DomainProblem {

    public AbsenceRecordingNotAllowed(String actor, String staff) {
        super("absence.not-allowed", ProblemKind.FORBIDDEN,
                "User " + actor + " may not record an absence of " + staff, Map.of("staff", staff));
    }
}
