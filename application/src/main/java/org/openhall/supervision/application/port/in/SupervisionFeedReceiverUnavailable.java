package org.openhall.supervision.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A replay stopped because the supervision system did not take an event; the events before it went
 * out, and replaying the period again is harmless (the receiver de-duplicates).
 */
public final class SupervisionFeedReceiverUnavailable extends DomainProblem {

    public SupervisionFeedReceiverUnavailable(int sent, int total) {
        super("supervision-feed.receiver-unavailable", ProblemKind.CONFLICT,
                "The supervision system took " + sent + " of " + total + " events, then failed",
                Map.of("sent", sent, "total", total));
    }
}
