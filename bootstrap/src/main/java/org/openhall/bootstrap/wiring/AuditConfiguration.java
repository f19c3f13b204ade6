package org.openhall.bootstrap.wiring;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import org.openhall.audit.adapter.out.crypto.Sm3Digest;
import org.openhall.audit.application.port.in.ChainAuditRecordsUseCase;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.application.port.out.ChainHeadRepository;
import org.openhall.audit.application.service.AuditChainer;
import org.openhall.audit.application.service.AuditTrailService;
import org.openhall.audit.application.service.ChainHeadService;
import org.openhall.audit.application.service.ChainVerificationService;
import org.openhall.audit.domain.AuditChain;
import org.openhall.audit.domain.AuditRetention;
import org.openhall.audit.domain.ChainDigest;
import org.openhall.audit.domain.Sha256Digest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the audit trail (实时留痕): the chain is hashed with {@code openhall.audit.hash} (SHA-256
 * by default, or SM3); the verifier knows both, so a centre that switches keeps a verifiable
 * chain. The retention ({@code openhall.audit.retention}) must be six months or more, or the
 * application does not start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditConfiguration.AuditProperties.class)
class AuditConfiguration {

    @Bean
    AuditChain auditChain(AuditProperties properties) {
        return new AuditChain(properties.digest());
    }

    @Bean
    AuditChainer auditChainer(AuditLog log, AuditChain chain) {
        return new AuditChainer(log, chain);
    }

    @Bean
    AuditTrailService auditTrailService(AuditLog log, ChainAuditRecordsUseCase chainer) {
        return new AuditTrailService(log, chainer);
    }

    @Bean
    ChainVerificationService chainVerificationService(AuditLog log, ChainAuditRecordsUseCase chainer,
            AuditProperties properties) {
        return new ChainVerificationService(log, List.of(new Sha256Digest(), new Sm3Digest()), chainer,
                properties.unchainedLateAfter());
    }

    @Bean
    ChainHeadService chainHeadService(AuditLog log, ChainHeadRepository heads, ChainAuditRecordsUseCase chainer,
            Clock clock) {
        return new ChainHeadService(log, heads, chainer, clock);
    }

    /**
     * @param hash      {@code openhall.audit.hash}: {@code SHA-256} (default) or {@code SM3}
     * @param retention {@code openhall.audit.retention}: how long records are kept, at least {@code P6M}
     * @param unchainedLateAfter {@code openhall.audit.unchained-late-after}: how long a record may wait
     *                  for the chainer before the verifier reports it (default one minute)
     */
    @ConfigurationProperties("openhall.audit")
    record AuditProperties(@DefaultValue("SHA-256") String hash, @DefaultValue("P6M") Period retention,
            @DefaultValue("PT1M") Duration unchainedLateAfter) {

        AuditProperties {
            // Refuses to start with less than six months: checked here, when the properties are bound.
            new AuditRetention(retention);
            digestNamed(hash);
        }

        ChainDigest digest() {
            return digestNamed(hash);
        }

        private static ChainDigest digestNamed(String name) {
            return switch (name.strip().toUpperCase(Locale.ROOT)) {
                case "SHA-256", "SHA256" -> new Sha256Digest();
                case "SM3" -> new Sm3Digest();
                default -> throw new IllegalArgumentException(
                        "openhall.audit.hash must be SHA-256 or SM3, not " + name);
            };
        }
    }
}
