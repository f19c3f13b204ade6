package org.openhall.network.application.port.in;

import java.time.Instant;

import org.openhall.shared.domain.access.Actor;

/**
 * A successful sign-in: the session token the client sends with every request
 * ({@code Authorization: Bearer oh_…}), who signed in, and when the session ends at the latest.
 * The token is shown here once; OpenHall keeps only its hash.
 */
public record SignedIn(String token, Actor actor, Instant expiresAt) {

    @Override
    public String toString() {
        return "SignedIn[" + actor.username() + " until " + expiresAt + "]";
    }
}
