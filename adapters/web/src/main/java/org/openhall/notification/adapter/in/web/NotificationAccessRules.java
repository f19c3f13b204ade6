package org.openhall.notification.adapter.in.web;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to SMS notices (短信通知): the gateway's delivery reports carry a shared token instead of a
 * login; staff and supervisors read the notices; staff keep the suppression list (退订).
 */
@Component
@Order(700)
public class NotificationAccessRules implements AccessRules {
    private static final String CLERK = Role.CLERK.name();
    private static final String APPROVER = Role.DEPARTMENT_APPROVER.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();


    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                .requestMatchers(HttpMethod.GET, "/api/v1/notifications/delivery-reports").permitAll()
                .requestMatchers("/api/v1/notifications", "/api/v1/notifications/**")
                .hasAnyRole(CLERK, APPROVER, SUPERVISOR, ADMINISTRATOR);
    }
}
