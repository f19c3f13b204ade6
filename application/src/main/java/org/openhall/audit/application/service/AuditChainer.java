package org.openhall.audit.application.service;

import java.util.List;

import org.openhall.audit.application.port.in.ChainAuditRecordsUseCase;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.domain.AuditChain;
import org.openhall.audit.domain.AuditRecord;
import org.openhall.audit.domain.UnchainedEntry;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chainer (串联器): takes the chain's lock, reads the head, and links the unchained entries one
 * after the other in the order they were stored. Writers of entries never wait for it, and it alone
 * reads the head, so the chain has neither forks nor gaps whatever the number of writers or
 * instances. It runs in a transaction of its own, so that a reader calling it first still links
 * what is pending even from a read-only transaction.
 */
public class AuditChainer implements ChainAuditRecordsUseCase {

    private static final int BATCH = 500;

    private final AuditLog log;
    private final AuditChain chain;

    public AuditChainer(AuditLog log, AuditChain chain) {
        this.log = log;
        this.chain = chain;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int chainPending() {
        log.lockForChaining();
        AuditRecord head = log.head().orElse(null);
        int linked = 0;
        while (true) {
            List<UnchainedEntry> batch = log.unchained(BATCH);
            for (UnchainedEntry pending : batch) {
                head = chain.append(head, pending.entry());
                log.link(pending.id(), head);
                linked++;
            }
            if (batch.size() < BATCH) {
                return linked;
            }
        }
    }
}
