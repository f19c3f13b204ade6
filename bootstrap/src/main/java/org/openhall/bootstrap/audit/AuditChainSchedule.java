package org.openhall.bootstrap.audit;

import org.openhall.audit.application.port.in.ChainAuditRecordsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Links the audit records that requests committed into the hash chain (定时入链), every
 * {@code openhall.audit.chainer.interval} (a second by default). Every instance runs it; the
 * chainer's advisory lock lets one link at a time. Off with
 * {@code openhall.audit.chainer.enabled=false}: readers, the verifier and the chain head still link
 * what is pending before they read.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "openhall.audit.chainer.enabled", havingValue = "true", matchIfMissing = true)
public class AuditChainSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainSchedule.class);

    private final ChainAuditRecordsUseCase chainer;

    public AuditChainSchedule(ChainAuditRecordsUseCase chainer) {
        this.chainer = chainer;
    }

    @Scheduled(fixedDelayString = "${openhall.audit.chainer.interval:PT1S}")
    void chain() {
        int linked = chainer.chainPending();
        if (linked > 0) {
            LOG.debug("Linked {} audit records into the chain", linked);
        }
    }
}
