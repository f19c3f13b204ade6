package org.openhall.shared.adapter.in.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which claims of an OAuth2 access token (JWT) say who the caller is, for API clients and staff
 * signed in at the county's identity provider ({@code openhall.security.jwt.*}). A claim name may
 * be a dotted path into nested objects: Keycloak puts realm roles in {@code realm_access.roles}.
 *
 * @param username the claim with the user name (Keycloak: {@code preferred_username})
 * @param displayName the claim with the name shown in case files
 * @param roles the claim with the roles, a list of OpenHall role names in any case, with or without {@code ROLE_}
 * @param department the claim with the department code (clerks and approvers need one)
 */
@ConfigurationProperties("openhall.security.jwt")
public record JwtClaimMapping(String username, String displayName, String roles, String department) {

    public JwtClaimMapping {
        username = username == null ? "preferred_username" : username;
        displayName = displayName == null ? "name" : displayName;
        roles = roles == null ? "realm_access.roles" : roles;
        department = department == null ? "department" : department;
    }

    /** The defaults: Keycloak's claim names, and {@code department} as a custom claim. */
    public static JwtClaimMapping defaults() {
        return new JwtClaimMapping(null, null, null, null);
    }
}
