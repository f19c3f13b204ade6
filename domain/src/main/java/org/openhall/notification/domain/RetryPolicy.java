package org.openhall.notification.domain;

import java.time.Duration;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * When to try a notice again (重试策略): after {@code firstDelay}, doubling each time up to
 * {@code maxDelay}; after {@code maxAttempts} refused or unreachable attempts the notice has
 * failed. An unanswered send is asked about at most {@code maxReconciliations} times before a
 * person has to look at it.
 */
@ValueObject
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, int maxReconciliations) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new InvalidValue("sms.retry.max-attempts", "must be at least 1");
        }
        if (firstDelay == null || firstDelay.isNegative() || firstDelay.isZero()) {
            throw new InvalidValue("sms.retry.first-delay", "must be positive");
        }
        if (maxDelay == null || maxDelay.compareTo(firstDelay) < 0) {
            throw new InvalidValue("sms.retry.max-delay", "must not be shorter than the first delay");
        }
        if (maxReconciliations < 1) {
            throw new InvalidValue("sms.retry.max-reconciliations", "must be at least 1");
        }
    }

    /** The wait after the {@code attempt}-th attempt (1, 2, …) went wrong. */
    public Duration delayAfter(int attempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
