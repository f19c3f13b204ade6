package org.openhall.supervision.adapter.out.feed;

import org.openhall.supervision.application.port.out.SupervisionFeedEvent;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each event to the log instead of sending it ({@code transport: log}, the default until a centre
 * is connected), or drops it ({@code transport: none}). Either way the event counts as delivered.
 */
public class LogSupervisionFeedAdapter implements SupervisionFeedPort {

    private static final Logger LOG = LoggerFactory.getLogger("org.openhall.supervision.feed");

    private final CloudEventsJson cloudEvents;
    private final boolean silent;

    public LogSupervisionFeedAdapter(CloudEventsJson cloudEvents, boolean silent) {
        this.cloudEvents = cloudEvents;
        this.silent = silent;
    }

    /**
     * One line per event at INFO — its id, type and case number, enough to follow the feed — and the whole
     * CloudEvent at DEBUG. Writing every CloudEvent (about a kilobyte each, two or three per transition) at
     * INFO made the log the busiest part of the relay, and the feed's log table holds each event as sent.
     */
    @Override
    public void send(SupervisionFeedEvent event) {
        if (silent) {
            return;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}", cloudEvents.write(event));
        } else {
            LOG.info("{} {} {}", event.id(), event.type(), event.subject());
        }
    }

    @Override
    public String transport() {
        return silent ? "none" : "log";
    }
}
