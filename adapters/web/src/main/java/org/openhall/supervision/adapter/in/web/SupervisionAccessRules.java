package org.openhall.supervision.adapter.in.web;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to electronic supervision (电子监察): departments' approvers contest their cards and reply
 * to orders, and read their own department's records (the use cases confine them); everything else
 * is for supervisors.
 */
@Component
@Order(600)
public class SupervisionAccessRules implements AccessRules {
    private static final String APPROVER = Role.DEPARTMENT_APPROVER.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();


    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                .requestMatchers(HttpMethod.POST, "/api/v1/supervision/warnings/*/contest",
                        "/api/v1/supervision/orders/*/reply").hasRole(APPROVER)
                .requestMatchers(HttpMethod.GET, "/api/v1/supervision/**").hasAnyRole(SUPERVISOR, APPROVER)
                .requestMatchers("/api/v1/supervision/**").hasRole(SUPERVISOR);
    }
}
