package org.openhall.supervision.adapter.out.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code supervisionFeed} in {@code /actuator/health}: DOWN when the oldest undelivered event of the
 * outbox happened longer than {@code openhall.supervision-feed.health.maximum-age} ago, with its age and
 * the backlog.
 */
public class SupervisionFeedHealthIndicator implements HealthIndicator {

    private final SupervisionFeedOutboxAdapter outbox;
    private final String transport;
    private final Duration maximumAge;
    private final Clock clock;

    public SupervisionFeedHealthIndicator(SupervisionFeedOutboxAdapter outbox, String transport,
            Duration maximumAge, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.maximumAge = maximumAge;
        this.clock = clock;
    }

    @Override
    public Health health() {
        long undelivered = outbox.undelivered();
        Optional<Instant> oldest = outbox.oldestUndelivered();
        Duration age = oldest.map(since -> Duration.between(since, clock.instant()))
                .filter(d -> !d.isNegative()).orElse(Duration.ZERO);
        Health.Builder health = age.compareTo(maximumAge) > 0 ? Health.down() : Health.up();
        health.withDetail("transport", transport).withDetail("undelivered", undelivered);
        oldest.ifPresent(since -> health.withDetail("oldestUndeliveredSince", since.toString())
                .withDetail("oldestUndeliveredAgeSeconds", age.toSeconds()));
        return health.build();
    }
}
