package org.openhall.audit.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One link of the audit chain (审计链): the entry, its place in the chain, the hash of the record
 * before it and its own hash over its {@link CanonicalForm canonical form}.
 *
 * @param sequence     1 for the first record, each next one more, never a gap
 * @param entry        what happened
 * @param algorithm    the algorithm the hash was computed with
 * @param previousHash lower-case hex hash of the record before ({@link AuditChain#GENESIS} for the first)
 * @param hash         lower-case hex hash of this record's canonical form
 */
@ValueObject
public record AuditRecord(long sequence, AuditEntry entry, String algorithm, String previousHash, String hash) {

    public AuditRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }
}
