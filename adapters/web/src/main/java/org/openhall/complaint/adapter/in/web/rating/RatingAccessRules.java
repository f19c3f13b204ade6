package org.openhall.complaint.adapter.in.web.rating;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to ratings (好差评): anyone with a rating code rates; clerks record the window evaluator's rating,
 * supervisors and hotline operators the follow-up call's; the handling department replies to and appeals
 * its rectifications; supervisors record return visits, close rectifications, re-review appeals and read
 * every department's figures. Which department's work a caller may touch is decided by the use cases.
 */
@Component
@Order(820)
public class RatingAccessRules implements AccessRules {

    private static final String CLERK = Role.CLERK.name();
    private static final String APPROVER = Role.DEPARTMENT_APPROVER.name();
    private static final String HEAD = Role.DEPARTMENT_HEAD.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String OPERATOR = Role.HOTLINE_OPERATOR.name();

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                .requestMatchers(HttpMethod.POST, "/api/v1/public/ratings").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/ratings").hasAnyRole(CLERK, OPERATOR, SUPERVISOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/ratings/rectifications/*/reply")
                .hasAnyRole(APPROVER, HEAD)
                .requestMatchers(HttpMethod.POST, "/api/v1/ratings/rectifications/*/return-visit")
                .hasAnyRole(SUPERVISOR, OPERATOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/ratings/rectifications/*/closure").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/ratings/rectifications", "/api/v1/ratings/rectifications/*")
                .hasAnyRole(CLERK, APPROVER, HEAD, SUPERVISOR, OPERATOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/ratings/appeals/*/review").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/ratings/*/appeals").hasAnyRole(APPROVER, HEAD)
                .requestMatchers(HttpMethod.GET, "/api/v1/ratings/*/appeals").hasAnyRole(APPROVER, HEAD, SUPERVISOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/ratings/figures").hasAnyRole(APPROVER, HEAD, SUPERVISOR)
                .requestMatchers("/api/v1/ratings", "/api/v1/ratings/**").denyAll();
    }
}
