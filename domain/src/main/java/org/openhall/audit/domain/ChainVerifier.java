package org.openhall.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Walks the chain in sequence order and stops at the first record that does not hold (校验器):
 * a gap in the sequence, a record that does not carry its predecessor's hash, or a record whose
 * content no longer gives its own hash. Feed it every record with {@link #accept}; it keeps only
 * the previous record, so a chain of millions needs no memory.
 */
public final class ChainVerifier {

    private final Map<String, AuditChain> chains;
    private long checked;
    private long expectedSequence = 1;
    private String previousHash = AuditChain.GENESIS;
    private Long brokenAt;
    private ChainBreak reason;

    /** A verifier that knows the given algorithms (records may have been written with any of them). */
    public ChainVerifier(Iterable<ChainDigest> digests) {
        List<ChainDigest> list = new ArrayList<>();
        digests.forEach(list::add);
        this.chains = list.stream().collect(Collectors.toUnmodifiableMap(ChainDigest::algorithm,
                AuditChain::new, (first, second) -> first));
    }

    /** Checks the next record; returns {@code false} once the chain is broken (later records are ignored). */
    public boolean accept(AuditRecord record) {
        if (brokenAt != null) {
            return false;
        }
        if (record.sequence() != expectedSequence) {
            return broken(record.sequence() > expectedSequence ? expectedSequence : record.sequence(), ChainBreak.GAP);
        }
        if (!record.previousHash().equals(previousHash)) {
            return broken(record.sequence(), ChainBreak.LINK_BROKEN);
        }
        AuditChain chain = chains.get(record.algorithm());
        if (chain == null) {
            return broken(record.sequence(), ChainBreak.UNKNOWN_ALGORITHM);
        }
        if (!chain.hashOf(record.sequence(), record.entry(), record.previousHash()).equals(record.hash())) {
            return broken(record.sequence(), ChainBreak.CONTENT_ALTERED);
        }
        checked++;
        expectedSequence = record.sequence() + 1;
        previousHash = record.hash();
        return true;
    }

    /** The result so far. */
    public ChainVerification result() {
        return new ChainVerification(checked, expectedSequence - 1, previousHash, brokenAt, reason, 0);
    }

    private boolean broken(long sequence, ChainBreak why) {
        brokenAt = sequence;
        reason = why;
        return false;
    }
}
