package org.openhall.supervision.adapter.out.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Resubmits the feed's undelivered publications on a schedule, so that events held back by a broken
 * line go out once it works again. Only the deliverable ones are resubmitted: for each case the
 * undelivered event with the lowest sequence (the others would only be held back again), and warnings.
 * Each round thus moves every waiting case one event on; the listener's own check keeps the order
 * even when rounds overlap.
 */
public class SupervisionFeedRedelivery {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionFeedRedelivery.class);

    private final IncompleteEventPublications publications;
    private final SupervisionFeedBacklogAdapter backlog;
    private final Duration minimumAge;
    private final Clock clock;

    public SupervisionFeedRedelivery(IncompleteEventPublications publications, SupervisionFeedBacklogAdapter backlog,
            Duration minimumAge, Clock clock) {
        this.publications = publications;
        this.backlog = backlog;
        this.minimumAge = minimumAge;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${openhall.supervision-feed.redelivery.interval:PT30S}",
            initialDelayString = "${openhall.supervision-feed.redelivery.interval:PT30S}")
    public void redeliver() {
        // A zero minimum age takes every publication, whatever clock stamped it.
        Set<UUID> deliverable = new HashSet<>(backlog.deliverableBefore(
                minimumAge.isZero() ? null : clock.instant().minus(minimumAge)));
        if (deliverable.isEmpty()) {
            return;
        }
        LOG.info("Resubmitting {} undelivered supervision feed events", deliverable.size());
        publications.resubmitIncompletePublications(p -> deliverable.contains(p.getIdentifier()));
    }
}
