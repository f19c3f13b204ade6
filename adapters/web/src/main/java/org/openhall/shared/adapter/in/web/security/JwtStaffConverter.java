package org.openhall.shared.adapter.in.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified JWT into the {@link Actor} the use cases work with, by the claims
 * {@link JwtClaimMapping} names. Role names OpenHall does not know are ignored (an identity
 * provider carries roles of other applications too); a token without any OpenHall role, without a
 * user name, or a clerk's without a department is refused as an invalid token.
 */
public final class JwtStaffConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtClaimMapping claims;

    public JwtStaffConverter(JwtClaimMapping claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = text(claim(jwt, claims.username()));
        if (username == null || username.isBlank()) {
            throw new InvalidBearerTokenException("the token names no user");
        }
        Set<Role> roles = roles(claim(jwt, claims.roles()));
        if (roles.isEmpty()) {
            throw new InvalidBearerTokenException("the token grants no OpenHall role");
        }
        String department = text(claim(jwt, claims.department()));
        String displayName = text(claim(jwt, claims.displayName()));
        Actor actor;
        try {
            actor = new Actor(username, roles, department == null ? null : new DepartmentCode(department),
                    displayName == null || displayName.isBlank() ? username : displayName);
        } catch (DomainProblem invalid) {
            throw new InvalidBearerTokenException("the token's claims do not make a staff member: " + invalid.getMessage());
        }
        StaffPrincipal principal = new StaffPrincipal(actor, null, true);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** The value at a dotted path of nested claims, or {@code null}. */
    static Object claim(Jwt jwt, String path) {
        Object current = jwt.getClaims();
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Set<Role> roles(Object value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value instanceof Collection<?> names) {
            for (Object name : names) {
                String role = String.valueOf(name).strip().toUpperCase(Locale.ROOT).replace('-', '_');
                if (role.startsWith("ROLE_")) {
                    role = role.substring("ROLE_".length());
                }
                for (Role known : Role.values()) {
                    if (known.name().equals(role)) {
                        roles.add(known);
                    }
                }
            }
        }
        return roles;
    }
}
