package org.openhall.network.application.port.in;

import java.time.Duration;

/** Too many failed sign-ins lately for this account (or from this address): try again later. */
public final class SignInThrottled extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "auth.too-many-attempts";

    private final Duration retryAfter;

    public SignInThrottled(Duration retryAfter) {
        super("sign-in throttled for " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
