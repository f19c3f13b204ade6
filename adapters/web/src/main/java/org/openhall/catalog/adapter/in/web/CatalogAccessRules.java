package org.openhall.catalog.adapter.in.web;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to the approval-item catalog (事项目录): reading it, any day's snapshot and the printable
 * service guides is public; maintaining it is for catalog administrators.
 */
@Component
@Order(100)
public class CatalogAccessRules implements AccessRules {
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();
    private static final String CATALOG_ADMINISTRATOR = Role.CATALOG_ADMINISTRATOR.name();


    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                // The catalog (事项目录) is public information.
                .requestMatchers(HttpMethod.GET, "/api/v1/items", "/api/v1/items/**").permitAll()
                // The catalog of any day, its changes and the printable service guides are public too.
                .requestMatchers(HttpMethod.GET, "/api/v1/catalog/**", "/guide/items/**").permitAll()
                // Catalog maintenance is for catalog administrators; its change log also for
                // those who oversee them.
                .requestMatchers(HttpMethod.GET, "/api/v1/admin/catalog/changes")
                .hasAnyRole(CATALOG_ADMINISTRATOR, SUPERVISOR, ADMINISTRATOR)
                .requestMatchers("/api/v1/admin/items", "/api/v1/admin/items/**").hasRole(CATALOG_ADMINISTRATOR);
    }
}
