package org.openhall.disclosure.adapter.in.web;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to open government information (政府信息公开): the public channels need no sign-in; the
 * office's work needs a disclosure officer, and supervisors read it and sweep overdue entries.
 */
@Component
@Order(400)
public class DisclosureAccessRules implements AccessRules {
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String DISCLOSURE_OFFICER = Role.DISCLOSURE_OFFICER.name();


    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                .requestMatchers(HttpMethod.GET, "/api/v1/public/disclosure/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/disclosure/entries/overdue-reports")
                .hasAnyRole(DISCLOSURE_OFFICER, SUPERVISOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/disclosure/**").hasAnyRole(DISCLOSURE_OFFICER, SUPERVISOR)
                .requestMatchers("/api/v1/disclosure/**").hasRole(DISCLOSURE_OFFICER);
    }
}
