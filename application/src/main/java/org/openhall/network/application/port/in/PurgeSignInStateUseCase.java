package org.openhall.network.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Deletes sign-in state that can no longer have any effect (过期会话与登录失败记录的清理): sessions
 * past their idle timeout or absolute lifetime, and failure counts the throttle has forgotten. They
 * are ignored anyway; deleting them keeps the tables small and holds no one's traces longer than
 * needed. Idempotent, so two instances may both run it.
 */
@PrimaryPort
public interface PurgeSignInStateUseCase {

    /** Purges at the application's clock; answers what went. */
    SignInStatePurged purge();

    /**
     * What one purge deleted.
     *
     * @param sessions expired sessions
     * @param failureCounts forgotten failure counts
     */
    record SignInStatePurged(int sessions, int failureCounts) {
    }
}
