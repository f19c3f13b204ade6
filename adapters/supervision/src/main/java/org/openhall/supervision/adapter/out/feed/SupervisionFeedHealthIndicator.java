package org.openhall.supervision.adapter.out.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code supervisionFeed} in {@code /actuator/health}: DOWN when the oldest undelivered event waits
 * longer than {@code openhall.supervision-feed.health.maximum-age}, with its age and the backlog.
 */
public class SupervisionFeedHealthIndicator implements HealthIndicator {

    private final SupervisionFeedBacklogAdapter backlog;
    private final String transport;
    private final Duration maximumAge;
    private final Clock clock;

    public SupervisionFeedHealthIndicator(SupervisionFeedBacklogAdapter backlog, String transport,
            Duration maximumAge, Clock clock) {
        this.backlog = backlog;
        this.transport = transport;
        this.maximumAge = maximumAge;
        this.clock = clock;
    }

    @Override
    public Health health() {
        long undelivered = backlog.undelivered();
        Optional<Instant> oldest = backlog.oldestUndelivered();
        Duration age = oldest.map(since -> Duration.between(since, clock.instant()))
                .filter(d -> !d.isNegative()).orElse(Duration.ZERO);
        Health.Builder health = age.compareTo(maximumAge) > 0 ? Health.down() : Health.up();
        health.withDetail("transport", transport).withDetail("undelivered", undelivered);
        oldest.ifPresent(since -> health.withDetail("oldestUndeliveredSince", since.toString())
                .withDetail("oldestUndeliveredAgeSeconds", age.toSeconds()));
        return health.build();
    }
}
