package org.openhall.audit.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;

import org.openhall.audit.domain.ChainHead;

/** A published daily chain head (每日链头). */
record ChainHeadResponse(LocalDate date, long lastSequence, String headHash, String algorithm, Instant computedAt) {

    static ChainHeadResponse of(ChainHead h) {
        return new ChainHeadResponse(h.day(), h.lastSequence(), h.headHash(), h.algorithm(), h.computedAt());
    }
}
