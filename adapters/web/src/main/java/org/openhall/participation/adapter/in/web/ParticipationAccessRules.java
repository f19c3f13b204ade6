package org.openhall.participation.adapter.in.web;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to decision openness (决策公开): drafts, published comments, adoption reports and hearings
 * are public, and anyone may comment or register without an account; the drafting department's
 * approvers run a consultation, supervisors read it.
 */
@Component
@Order(500)
public class ParticipationAccessRules implements AccessRules {
    private static final String PARTICIPATION = "/api/v1/participation";
    private static final String PARTICIPATION_STAFF = "/api/v1/participation/staff";
    private static final String APPROVER = Role.DEPARTMENT_APPROVER.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();


    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                .requestMatchers(HttpMethod.GET, PARTICIPATION + "/drafts", PARTICIPATION + "/drafts/**",
                        PARTICIPATION + "/hearings/**").permitAll()
                .requestMatchers(HttpMethod.POST, PARTICIPATION + "/drafts/*/comments",
                        PARTICIPATION + "/hearings/*/registrations").permitAll()
                // Supervisors may, like the approvers, see a citizen's full contact (every reveal is recorded).
                .requestMatchers(HttpMethod.POST, PARTICIPATION_STAFF + "/drafts/*/comments/*/contact",
                        PARTICIPATION_STAFF + "/hearings/*/registrations/*/contact")
                .hasAnyRole(APPROVER, SUPERVISOR)
                .requestMatchers(HttpMethod.POST, PARTICIPATION_STAFF + "/**").hasRole(APPROVER)
                .requestMatchers(HttpMethod.GET, PARTICIPATION_STAFF + "/**").hasAnyRole(APPROVER, SUPERVISOR);
    }
}
