package org.openhall.shared.adapter.in.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member: the {@link Actor} the use cases are called with, and its roles as
 * {@code ROLE_CLERK}, {@code ROLE_SUPERVISOR} … for the URL rules.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final boolean enabled;
    private final List<GrantedAuthority> authorities;
    private String passwordHash;

    public StaffPrincipal(Actor actor, String passwordHash, boolean enabled) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.authorities = actor.roles().stream().map(StaffPrincipal::authorityOf).toList();
    }

    /** The Spring Security authority that stands for a role. */
    public static GrantedAuthority authorityOf(Role role) {
        return new SimpleGrantedAuthority("ROLE_" + role.name());
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Forgets the hash once the password was checked, so that it does not linger with the request. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + actor.username() + ", " + actor.roles() + "]";
    }
}
