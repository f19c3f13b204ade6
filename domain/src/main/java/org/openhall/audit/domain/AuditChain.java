package org.openhall.audit.domain;

import java.util.HexFormat;

/**
 * Links entries into the hash chain (哈希链): each record carries the hash of the one before and
 * its own hash over its canonical form, so changing any record breaks its own hash, and removing
 * one breaks the sequence and the next record's link.
 */
public final class AuditChain {

    /** The "previous hash" of the very first record: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private final ChainDigest digest;

    public AuditChain(ChainDigest digest) {
        this.digest = digest;
    }

    public String algorithm() {
        return digest.algorithm();
    }

    /** The record that follows {@code head} (or starts the chain when {@code head} is {@code null}). */
    public AuditRecord append(AuditRecord head, AuditEntry entry) {
        long sequence = head == null ? 1 : head.sequence() + 1;
        String previous = head == null ? GENESIS : head.hash();
        return new AuditRecord(sequence, entry, digest.algorithm(), previous, hashOf(sequence, entry, previous));
    }

    /** The hash the record at {@code sequence} with {@code entry} after {@code previousHash} must have. */
    public String hashOf(long sequence, AuditEntry entry, String previousHash) {
        return HexFormat.of().formatHex(
                digest.digest(CanonicalForm.of(sequence, entry, digest.algorithm(), previousHash)));
    }
}
