package org.openhall.network.adapter.in.web;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to the service network (服务网络): halls, departments and windows are public; who serves a
 * window, absences and the rates are for staff. Comes before the supervision rules because the
 * unattended-windows view lies under their path.
 */
@Component
@Order(200)
public class NetworkAccessRules implements AccessRules {
    private static final String CLERK = Role.CLERK.name();
    private static final String APPROVER = Role.DEPARTMENT_APPROVER.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();
    private static final String SECURITY_ADMINISTRATOR = Role.SECURITY_ADMINISTRATOR.name();


    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                // The service network is public information.
                .requestMatchers(HttpMethod.GET, "/api/v1/halls", "/api/v1/departments").permitAll()
                // A hall's details and the windows (without who staffs them) are public like the halls.
                .requestMatchers(HttpMethod.GET, "/api/v1/halls/*", "/api/v1/windows").permitAll()
                // Who serves a window on a day is for staff; the unattended windows are for supervisors.
                .requestMatchers(HttpMethod.GET, "/api/v1/windows/*/duty")
                .hasAnyRole(CLERK, APPROVER, SUPERVISOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/supervision/unattended-windows").hasRole(SUPERVISOR)
                // Absences hand windows to the B post: approvers (own department, checked by the
                // use case) and administrators record them.
                .requestMatchers(HttpMethod.POST, "/api/v1/staff/*/absences").hasAnyRole(APPROVER, ADMINISTRATOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/network/rates").hasAnyRole(SUPERVISOR, ADMINISTRATOR)
                // Credentials of colleagues are the security administrator's alone (三员分立).
                .requestMatchers("/api/v1/admin/staff/**").hasRole(SECURITY_ADMINISTRATOR);
    }
}
