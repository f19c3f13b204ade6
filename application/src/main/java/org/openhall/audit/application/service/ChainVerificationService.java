package org.openhall.audit.application.service;

import java.util.List;

import org.openhall.audit.application.port.in.VerifyAuditChainUseCase;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.domain.AuditRecord;
import org.openhall.audit.domain.ChainDigest;
import org.openhall.audit.domain.ChainVerification;
import org.openhall.audit.domain.ChainVerifier;

/** Reads the chain in batches from its first record and checks each link. */
public class ChainVerificationService implements VerifyAuditChainUseCase {

    private static final int BATCH = 1_000;

    private final AuditLog log;
    private final List<ChainDigest> digests;

    public ChainVerificationService(AuditLog log, List<ChainDigest> digests) {
        this.log = log;
        this.digests = List.copyOf(digests);
    }

    @Override
    public ChainVerification verify() {
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
