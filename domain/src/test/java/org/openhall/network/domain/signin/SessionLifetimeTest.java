package org.openhall.network.domain.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final SessionLifetime LIFETIME = new SessionLifetime(Duration.ofMinutes(30), Duration.ofHours(10));
    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T00:30:00Z");

    @Test
    void aSessionEndsThirtyMinutesAfterItsLastRequest() {
        Instant lastSeen = SIGNED_IN.plus(Duration.ofHours(2));

        assertThat(LIFETIME.isAlive(SIGNED_IN, lastSeen, lastSeen.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(LIFETIME.isAlive(SIGNED_IN, lastSeen, lastSeen.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void aBusySessionStillEndsAtItsAbsoluteLifetime() {
        Instant tenHoursOn = SIGNED_IN.plus(Duration.ofHours(10));

        assertThat(LIFETIME.isAlive(SIGNED_IN, tenHoursOn.minusSeconds(1), tenHoursOn.minusMillis(1))).isTrue();
        assertThat(LIFETIME.isAlive(SIGNED_IN, tenHoursOn.minusSeconds(1), tenHoursOn)).isFalse();
    }
}
