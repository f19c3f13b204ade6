package org.openhall.network.domain.signin;

import java.time.Duration;
import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How long a signed-in session (登录会话) lasts: it ends after {@code idle} without a request
 * (会话超时, GB/T 22239 §8.1.4.1 b) and in any case {@code absolute} after sign-in, so that a token
 * taken from a machine left on is not good forever.
 */
@ValueObject
public record SessionLifetime(Duration idle, Duration absolute) {

    public SessionLifetime {
        if (idle == null || absolute == null || idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("a positive idle timeout and an absolute lifetime at least as long");
        }
    }

    /** Whether a session opened at {@code signedInAt} and last used at {@code lastSeenAt} is still alive. */
    public boolean isAlive(Instant signedInAt, Instant lastSeenAt, Instant now) {
        return now.isBefore(lastSeenAt.plus(idle)) && now.isBefore(signedInAt.plus(absolute));
    }

    /** Sessions last seen before this instant have been idle too long. */
    public Instant idleCutoff(Instant now) {
        return now.minus(idle);
    }

    /** Sessions opened before this instant have outlived their absolute lifetime. */
    public Instant absoluteCutoff(Instant now) {
        return now.minus(absolute);
    }
}
