package org.openhall.network.adapter.in.web.auth;

import java.time.Instant;
import java.util.List;

/**
 * A session: send {@code Authorization: Bearer <token>} with every request. It ends after the idle
 * timeout without a request, at {@code expiresAt} at the latest, or at sign-out.
 */
public record SignInResponse(String token, String tokenType, Instant expiresAt, String username, String displayName,
        String department, List<String> roles) {

    @Override
    public String toString() {
        return "SignInResponse[" + username + "]";
    }
}
