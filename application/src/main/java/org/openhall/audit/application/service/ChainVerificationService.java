package org.openhall.audit.application.service;

import java.time.Duration;
import java.util.List;

import org.openhall.audit.application.port.in.ChainAuditRecordsUseCase;
import org.openhall.audit.application.port.in.VerifyAuditChainUseCase;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.domain.AuditRecord;
import org.openhall.audit.domain.ChainDigest;
import org.openhall.audit.domain.ChainVerification;
import org.openhall.audit.domain.ChainVerifier;

/**
 * Links what is pending, then reads the chain in batches from its first record and checks each
 * link, and counts the entries left unchained longer than {@code lateAfter}: the chain itself may
 * be intact while entries wait outside it, and that must show too.
 */
public class ChainVerificationService implements VerifyAuditChainUseCase {

    private static final System.Logger LOG = System.getLogger(ChainVerificationService.class.getName());
    private static final int BATCH = 1_000;

    private final AuditLog log;
    private final List<ChainDigest> digests;
    private final ChainAuditRecordsUseCase chainer;
    private final Duration lateAfter;

    public ChainVerificationService(AuditLog log, List<ChainDigest> digests, ChainAuditRecordsUseCase chainer,
            Duration lateAfter) {
        this.log = log;
        this.digests = List.copyOf(digests);
        this.chainer = chainer;
        this.lateAfter = lateAfter;
    }

    @Override
    public ChainVerification verify() {
        try {
            chainer.chainPending();
        } catch (RuntimeException failure) {
            // The chain as it stands is still worth checking; what could not be linked shows as late.
            LOG.log(System.Logger.Level.ERROR, "Audit entries could not be chained before the verification", failure);
        }
        long late = log.unchainedLongerThan(lateAfter);
        return walk().withLateUnchained(late);
    }

    private ChainVerification walk() {
        ChainVerifier verifier = new ChainVerifier(digests);
        long after = 0;
        while (true) {
            List<AuditRecord> batch = log.after(after, BATCH);
            for (AuditRecord record : batch) {
                if (!verifier.accept(record)) {
                    return verifier.result();
                }
            }
            if (batch.size() < BATCH) {
                return verifier.result();
            }
            after = batch.getLast().sequence();
        }
    }
}
