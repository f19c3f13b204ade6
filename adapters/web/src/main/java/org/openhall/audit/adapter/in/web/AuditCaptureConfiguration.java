package org.openhall.audit.adapter.in.web;

import java.time.Clock;

import org.openhall.audit.application.port.in.RecordAuditEntryUseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Puts the {@link AuditCaptureFilter} into the security filter chain, and the
 * {@link AuditRecordingTransactions} on the transaction manager. Spring Security applies every
 * {@code Customizer<HttpSecurity>} bean to the chain it builds, and Spring Boot gives every
 * {@code TransactionExecutionListener} bean to the transaction manager it configures, so the audit
 * needs no line in the shared configuration, and no context's engineer has to remember to call it.
 */
@Configuration(proxyBeanMethods = false)
class AuditCaptureConfiguration {

    @Bean
    Customizer<HttpSecurity> auditCapture(RecordAuditEntryUseCase trail, Clock clock) {
        return http -> http.addFilterAfter(new AuditCaptureFilter(trail, clock), SecurityContextHolderFilter.class);
    }

    @Bean
    TransactionExecutionListener auditRecordingTransactions(ObjectProvider<RecordAuditEntryUseCase> trail) {
        // Looked up at the first commit: the transaction manager is built before the audit trail's beans.
        return new AuditRecordingTransactions(trail::getObject);
    }
}
