package org.openhall.audit.adapter.in.web;

import java.time.Clock;

import org.openhall.audit.application.port.in.RecordAuditEntryUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Puts the {@link AuditCaptureFilter} into the security filter chain. Spring Security applies every
 * {@code Customizer<HttpSecurity>} bean to the chain it builds, so the audit needs no line in the
 * shared security configuration, and no context's engineer has to remember to call it.
 */
@Configuration(proxyBeanMethods = false)
class AuditCaptureConfiguration {

    @Bean
    Customizer<HttpSecurity> auditCapture(RecordAuditEntryUseCase trail, Clock clock) {
        return http -> http.addFilterAfter(new AuditCaptureFilter(trail, clock), SecurityContextHolderFilter.class);
    }
}
