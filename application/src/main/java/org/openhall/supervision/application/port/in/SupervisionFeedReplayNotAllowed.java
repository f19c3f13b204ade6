package org.openhall.supervision.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** Only supervisors (监察人员) and administrators send the monitoring feed again. */
public final class SupervisionFeedReplayNotAllowed extends DomainProblem {

    public SupervisionFeedReplayNotAllowed(String username) {
        super("supervision-feed.replay-not-allowed", ProblemKind.FORBIDDEN,
                "User " + username + " may not replay the supervision feed", Map.of());
    }
}
