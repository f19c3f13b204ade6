package org.openhall.servicecase.adapter.in.web.track;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing on public case tracking: a source (the client's address) that failed
 * {@code maxFailures} times within {@code window} is refused until its oldest failure in the window
 * has aged out. Four digits are only 10,000 guesses, so without this a case number alone would be
 * enough to read a case.
 *
 * <p>In memory and per instance: with several instances behind a balancer each counts on its own,
 * which multiplies the allowance by the number of instances but keeps it small. Addresses are only
 * meaningful when the server sees the client's address (behind a proxy, set
 * {@code server.forward-headers-strategy}). Settings: {@code openhall.tracking.max-failures}
 * (default 10) and {@code openhall.tracking.failure-window} (default 10 minutes).
 */
@Component
public class TrackingAttemptLimiter {

    /** Beyond this many sources, those without a failure in the window are forgotten. */
    private static final int SOURCES_KEPT = 50_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public TrackingAttemptLimiter(Clock clock, @Value("${openhall.tracking.max-failures:10}") int maxFailures,
            @Value("${openhall.tracking.failure-window:PT10M}") Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("tracking throttle needs at least 1 failure and a positive window");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long {@code source} must wait before trying again, if it is blocked now. */
    public Optional<Duration> blockedFor(String source) {
        Deque<Instant> recent = failures.get(source);
        if (recent == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (recent) {
            forgetBefore(recent, now.minus(window));
            if (recent.size() < maxFailures) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, recent.peekFirst().plus(window));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    /** Counts one failed attempt (unknown number or wrong check) against {@code source}. */
    public void recordFailure(String source) {
        Instant now = clock.instant();
        if (failures.size() >= SOURCES_KEPT) {
            forgetQuietSources(now);
        }
        Deque<Instant> recent = failures.computeIfAbsent(source, s -> new ArrayDeque<>());
        synchronized (recent) {
            forgetBefore(recent, now.minus(window));
            recent.addLast(now);
        }
    }

    private void forgetQuietSources(Instant now) {
        Instant since = now.minus(window);
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                forgetBefore(e.getValue(), since);
                return e.getValue().isEmpty();
            }
        });
    }

    private static void forgetBefore(Deque<Instant> recent, Instant since) {
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
    }
}
