package org.openhall.network.application.service;

import java.time.Clock;
import java.time.Instant;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.network.application.port.in.PurgeSignInStateUseCase;
import org.openhall.network.application.port.out.SignInFailureStore;
import org.openhall.network.application.port.out.StaffSessionStore;
import org.openhall.network.domain.signin.SessionLifetime;
import org.openhall.network.domain.signin.SignInThrottle;

/**
 * Purges expired sessions and forgotten failure counts by the same rules that make them ineffective
 * ({@link SessionLifetime}, {@link SignInThrottle}), so a row is never deleted while it still
 * opens a session or holds an attempt back.
 */
@Application
public class SignInStatePurge implements PurgeSignInStateUseCase {

    private final StaffSessionStore sessions;
    private final SignInFailureStore failures;
    private final SessionLifetime lifetime;
    private final SignInThrottle throttle;
    private final Clock clock;

    public SignInStatePurge(StaffSessionStore sessions, SignInFailureStore failures, SignInSettings settings,
            Clock clock) {
        this.sessions = sessions;
        this.failures = failures;
        this.lifetime = settings.lifetime();
        this.throttle = settings.throttle();
        this.clock = clock;
    }

    @Override
    public SignInStatePurged purge() {
        Instant now = clock.instant();
        int expired = sessions.deleteExpired(lifetime.idleCutoff(now), lifetime.absoluteCutoff(now));
        int forgotten = failures.deleteLastFailedBefore(throttle.forgottenAtOrBefore(now));
        return new SignInStatePurged(expired, forgotten);
    }
}
