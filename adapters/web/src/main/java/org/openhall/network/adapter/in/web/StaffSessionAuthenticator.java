package org.openhall.network.adapter.in.web;

import java.util.Optional;

import org.openhall.network.application.port.in.StaffSessions;
import org.openhall.shared.adapter.in.web.security.StaffPrincipal;
import org.openhall.shared.adapter.in.web.security.StaffTokenAuthenticator;
import org.springframework.stereotype.Component;

/**
 * Finds who an OpenHall session token stands for, through the network context's sessions
 * (登录会话); the shared security rules only know it as a {@link StaffTokenAuthenticator}. The
 * actor carries the hall the account works at, read afresh on every request, so that moving a
 * clerk to another hall changes what they may act on at once.
 */
@Component
public class StaffSessionAuthenticator implements StaffTokenAuthenticator {

    private final StaffSessions sessions;

    public StaffSessionAuthenticator(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<StaffPrincipal> principalOf(String token) {
        return sessions.actorOf(token).map(actor -> new StaffPrincipal(actor, null, true));
    }
}
