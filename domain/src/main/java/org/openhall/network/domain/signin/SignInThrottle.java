package org.openhall.network.domain.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When failed sign-ins make the next attempt wait (登录失败处理, GB/T 22239 §8.1.4.1 b; ASVS V6.3).
 *
 * <p>A lock on the account alone would let anybody who knows a user name lock that colleague out
 * by typing wrong passwords. So the hard lock is on the pair of account and source address: after
 * {@code pairLockAfter} failures from one address, that address may not try that account for
 * {@code pairLock}. Against guessing spread over many addresses the account as a whole slows
 * down: from {@code accountSlowAfter} failures on, each attempt waits a delay that doubles with
 * every further failure, from {@code baseDelay} up to {@code maxDelay} — a nuisance of at most
 * {@code maxDelay} for the real user, a wall for a guesser. Only a count far beyond that,
 * {@code accountLockAfter}, locks the account as a whole, and only for {@code accountLock}. A
 * count forgets its failures once {@code window} has passed since the last one; a successful
 * sign-in clears both counts.
 */
@ValueObject
public record SignInThrottle(int pairLockAfter, Duration pairLock, int accountSlowAfter, Duration baseDelay,
        Duration maxDelay, int accountLockAfter, Duration accountLock, Duration window) {

    /** The numbers OpenHall starts with; each can be set under {@code openhall.security.sign-in}. */
    public static final SignInThrottle DEFAULTS = new SignInThrottle(5, Duration.ofMinutes(15), 10,
            Duration.ofSeconds(1), Duration.ofMinutes(1), 100, Duration.ofMinutes(15), Duration.ofHours(1));

    public SignInThrottle {
        if (pairLockAfter < 1 || accountSlowAfter < 1 || accountLockAfter <= accountSlowAfter
                || accountLockAfter <= pairLockAfter) {
            throw new IllegalArgumentException(
                    "thresholds must be positive and the account lock must lie beyond the pair lock and the slow-down");
        }
        for (Duration d : new Duration[] { pairLock, baseDelay, maxDelay, accountLock, window }) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("every duration of the sign-in throttle must be positive");
            }
        }
    }

    /**
     * How long the next attempt on this account from this source must wait, if at all, given the
     * failures counted against the pair and against the account.
     */
    public Optional<Duration> waitBefore(SignInFailures pair, SignInFailures account, Instant now) {
        Instant until = Instant.MIN;
        int pairCount = current(pair, now);
        if (pairCount >= pairLockAfter) {
            until = max(until, pair.lastFailureAt().plus(pairLock));
        }
        int accountCount = current(account, now);
        if (accountCount >= accountLockAfter) {
            until = max(until, account.lastFailureAt().plus(accountLock));
        } else if (accountCount >= accountSlowAfter) {
            until = max(until, account.lastFailureAt().plus(delayAfter(accountCount)));
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /**
     * Counts whose last failure was at or before this instant no longer hold anything back: past the
     * window a count starts afresh, and every lock and delay runs from a failure inside it. Such
     * counts may be deleted.
     */
    public Instant forgottenAtOrBefore(Instant now) {
        return now.minus(window);
    }

    /** The failures after one more at {@code now}: the count starts afresh when the last is older than the window. */
    public SignInFailures afterFailure(SignInFailures before, Instant now) {
        return new SignInFailures(current(before, now) + 1, now);
    }

    /** The delay once the account has {@code failures} failures: doubling from the base, capped. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - accountSlowAfter, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private int current(SignInFailures failures, Instant now) {
        if (failures.count() == 0 || !now.isBefore(failures.lastFailureAt().plus(window))) {
            return 0;
        }
        return failures.count();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
