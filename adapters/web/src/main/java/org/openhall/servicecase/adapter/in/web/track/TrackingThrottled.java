package org.openhall.servicecase.adapter.in.web.track;

import java.time.Duration;

/** The caller failed too often lately; answered with 429 and {@code Retry-After}. */
public final class TrackingThrottled extends RuntimeException {

    /** The stable problem code clients key on. */
    public static final String CODE = "track.too-many-attempts";

    private final Duration retryAfter;

    public TrackingThrottled(Duration retryAfter) {
        super("Too many failed tracking attempts; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
