package org.openhall.bootstrap.scheduling;

import org.openhall.network.application.port.in.PurgeSignInStateUseCase;
import org.openhall.network.application.port.in.PurgeSignInStateUseCase.SignInStatePurged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes expired sessions and forgotten failure counts every {@code openhall.security.purge.interval}
 * (default an hour), on the application's clock. Every instance may run it: the deletes are plain and
 * idempotent, so running twice deletes nothing more. Off with
 * {@code openhall.security.purge.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "openhall.security.purge.enabled", havingValue = "true", matchIfMissing = true)
public class SignInPurgeSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(SignInPurgeSchedule.class);

    private final PurgeSignInStateUseCase purge;

    public SignInPurgeSchedule(PurgeSignInStateUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelayString = "${openhall.security.purge.interval:PT1H}",
            initialDelayString = "${openhall.security.purge.interval:PT1H}")
    void run() {
        SignInStatePurged purged = purge.purge();
        if (purged.sessions() + purged.failureCounts() > 0) {
            LOG.info("Purged {} expired session(s) and {} forgotten sign-in failure count(s)", purged.sessions(),
                    purged.failureCounts());
        }
    }
}
