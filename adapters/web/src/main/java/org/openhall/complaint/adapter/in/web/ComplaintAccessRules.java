package org.openhall.complaint.adapter.in.web;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to tickets (诉求工单): hotline operators and window clerks take them in; supervisors (the
 * hotline office) dispatch, press (督办), accept replies and run the lateness check; the department's
 * approvers and head sign in, return, handle, reply and ask for extensions, which its head or a
 * supervisor approves; operators and supervisors call back, close and reopen. That the department
 * is the ticket's own is checked by the ticket. Open311 clients read services and tickets and file
 * requests without an account.
 */
@Component
@Order(650)
public class ComplaintAccessRules implements AccessRules {

    private static final String TICKETS = "/api/v1/tickets";
    private static final String STEP = "/api/v1/tickets/*/";
    private static final String OPERATOR = Role.HOTLINE_OPERATOR.name();
    private static final String CLERK = Role.CLERK.name();
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String APPROVER = Role.DEPARTMENT_APPROVER.name();
    private static final String HEAD = Role.DEPARTMENT_HEAD.name();

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                .requestMatchers(HttpMethod.GET, "/open311/v2/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/open311/v2/requests.json", "/open311/v2/requests.xml").permitAll()
                .requestMatchers(HttpMethod.POST, TICKETS).hasAnyRole(OPERATOR, CLERK)
                .requestMatchers(HttpMethod.POST, TICKETS + "/lateness-reports", STEP + "dispatch",
                        STEP + "supervision", STEP + "completion").hasRole(SUPERVISOR)
                .requestMatchers(HttpMethod.POST, STEP + "sign-in", STEP + "return", STEP + "handling", STEP + "reply",
                        STEP + "extension-request").hasAnyRole(APPROVER, HEAD)
                .requestMatchers(HttpMethod.POST, STEP + "extension-approval").hasAnyRole(HEAD, SUPERVISOR)
                .requestMatchers(HttpMethod.POST, STEP + "follow-up", STEP + "closing", STEP + "reopening")
                .hasAnyRole(OPERATOR, SUPERVISOR)
                .requestMatchers(HttpMethod.GET, TICKETS + "/by-phone").hasAnyRole(OPERATOR, SUPERVISOR)
                .requestMatchers(HttpMethod.GET, TICKETS, TICKETS + "/**")
                .hasAnyRole(OPERATOR, CLERK, SUPERVISOR, APPROVER, HEAD)
                .requestMatchers(TICKETS, TICKETS + "/**").denyAll();
    }
}
