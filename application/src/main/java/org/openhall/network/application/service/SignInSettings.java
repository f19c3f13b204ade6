package org.openhall.network.application.service;

import java.util.Objects;

import org.openhall.network.domain.signin.PasswordProfile;
import org.openhall.network.domain.signin.SessionLifetime;
import org.openhall.network.domain.signin.SignInThrottle;

/**
 * The installation's choices for sign-in ({@code openhall.security.*}): the throttle on failures,
 * how long sessions last, the password profile, and the issuer name authenticator apps show.
 */
public record SignInSettings(SignInThrottle throttle, SessionLifetime lifetime, PasswordProfile profile,
        String issuer) {

    public SignInSettings {
        Objects.requireNonNull(throttle, "throttle");
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(profile, "profile");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("the issuer shown in authenticator apps must not be blank");
        }
    }
}
