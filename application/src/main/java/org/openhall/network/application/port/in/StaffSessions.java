package org.openhall.network.application.port.in;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/** The signed-in sessions (登录会话): who a token stands for, and signing out. */
@PrimaryPort
public interface StaffSessions {

    /**
     * The staff member a session token stands for, if the session is alive and the account still
     * enabled, at the hall their account names (read afresh on every call, so that moving a clerk
     * to another hall changes what they may act on at once); using it counts as activity, so the
     * idle timeout starts again.
     */
    Optional<Actor> actorOf(String token);

    /** Ends the session of {@code token}; a token that is unknown or already ended is ignored. */
    void signOut(String token);
}
