package org.openhall.audit.adapter.in.web;

import org.openhall.audit.domain.ChainVerification;

/**
 * The verifier's answer: whether the chain is intact and, if not, the first broken record and why
 * ({@code CONTENT_ALTERED}, {@code LINK_BROKEN}, {@code GAP}, {@code UNKNOWN_ALGORITHM}), and how
 * many records have waited too long to be linked into the chain ({@code lateUnchained}).
 */
record VerificationResponse(boolean intact, long recordsChecked, long lastSequence, String headHash, Long brokenAt,
        String reason, long lateUnchained) {

    static VerificationResponse of(ChainVerification v) {
        return new VerificationResponse(v.intact(), v.recordsChecked(), v.lastSequence(), v.headHash(), v.brokenAt(),
                v.reason() == null ? null : v.reason().name(), v.lateUnchained());
    }
}
