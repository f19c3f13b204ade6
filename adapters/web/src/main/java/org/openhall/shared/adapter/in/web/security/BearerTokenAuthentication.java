package org.openhall.shared.adapter.in.web.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Checks the bearer token of a request: an OpenHall session token ({@code oh_…}, from sign-in with
 * password and second factor) against the sessions; anything else as a JWT of the configured
 * identity provider, when one is configured. Either way the result carries a {@link StaffPrincipal}.
 */
final class BearerTokenAuthentication implements AuthenticationManager {

    static final String SESSION_TOKEN_PREFIX = "oh_";

    private final StaffTokenAuthenticator sessions;
    private final AuthenticationManager jwt;

    /** @param jwt checks JWTs; {@code null} when no identity provider is configured */
    BearerTokenAuthentication(StaffTokenAuthenticator sessions, AuthenticationManager jwt) {
        this.sessions = sessions;
        this.jwt = jwt;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
            return null;
        }
        String token = bearer.getToken();
        if (token.startsWith(SESSION_TOKEN_PREFIX)) {
            Optional<StaffPrincipal> found;
            try {
                found = sessions.principalOf(token);
            } catch (RuntimeException failure) {
                // Not a bad token: the sessions themselves failed (e.g. their database is down).
                // "Please sign in" would send the clerk after the wrong cause and hide the fault.
                throw new AuthenticationServiceException("cannot check the session token", failure);
            }
            StaffPrincipal principal = found
                    // The message stays in the log; the client only sees "not authenticated".
                    .orElseThrow(() -> new InvalidBearerTokenException("no live session for this token"));
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        }
        if (jwt == null) {
            throw new InvalidBearerTokenException("not a session token, and no identity provider is configured");
        }
        return jwt.authenticate(authentication);
    }
}
