package org.openhall.audit.adapter.in.web;

import org.openhall.shared.adapter.in.web.security.AccessRules;
import org.openhall.shared.domain.access.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to the audit trail: only the audit administrator (审计管理员, one of the three separated
 * administrators) reads records and runs the verifier; the daily chain heads are public.
 */
@Component
@Order(800)
public class AuditAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                .requestMatchers(HttpMethod.GET, "/api/v1/public/audit/**").permitAll()
                .requestMatchers("/api/v1/audit/**").hasRole(Role.AUDIT_ADMINISTRATOR.name());
    }
}
