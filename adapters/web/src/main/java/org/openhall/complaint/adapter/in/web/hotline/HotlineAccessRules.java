package org.openhall.complaint.adapter.in.web.hotline;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to the hotline (热线): the call-centre system's webhook carries a shared token instead of
 * a sign-in; the operator console is the hotline operators' (坐席), and supervisors may read call
 * records when they follow up a ticket.
 */
@Component
@Order(750)
public class HotlineAccessRules implements AccessRules {
    private static final String OPERATOR = Role.HOTLINE_OPERATOR.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                .requestMatchers(HttpMethod.POST, CtiWebhookController.PATH).permitAll()
                .requestMatchers(HttpMethod.GET, HotlineConsoleController.PATH + "/*").hasAnyRole(OPERATOR, SUPERVISOR)
                .requestMatchers("/api/v1/hotline", "/api/v1/hotline/**").hasRole(OPERATOR);
    }
}
