package org.openhall.audit.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The outcome of checking the audit chain from its first record (链校验结果).
 *
 * @param recordsChecked how many records were read
 * @param lastSequence   the sequence of the last record read (0 when the chain is empty)
 * @param headHash       the hash of the last intact record ({@link AuditChain#GENESIS} when none)
 * @param brokenAt       the sequence of the first record that fails, or {@code null} when all are intact;
 *                       for a {@link ChainBreak#GAP} the first missing sequence
 * @param reason         why it fails, or {@code null}
 * @param lateUnchained  how many records were still not linked into the chain (未入链) longer than the
 *                       installation allows: the chainer is not keeping up, or cannot link them
 */
@ValueObject
public record ChainVerification(long recordsChecked, long lastSequence, String headHash, Long brokenAt,
        ChainBreak reason, long lateUnchained) {

    /** The same result, with the count of records left unchained too long. */
    public ChainVerification withLateUnchained(long count) {
        return new ChainVerification(recordsChecked, lastSequence, headHash, brokenAt, reason, count);
    }

    public boolean intact() {
        return brokenAt == null;
    }
}
