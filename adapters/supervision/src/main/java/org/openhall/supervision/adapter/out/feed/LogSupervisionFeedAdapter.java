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

    @Override
    public void send(SupervisionFeedEvent event) {
        if (!silent) {
            LOG.info("{}", cloudEvents.write(event));
        }
    }

    @Override
    public String transport() {
        return silent ? "none" : "log";
    }
}
