package org.openhall.audit.adapter.in.web;

import java.time.OffsetDateTime;

import org.openhall.audit.domain.AuditRecord;

/** One audit record as the audit administrator reads it; the time in the offset it was recorded with. */
record AuditRecordResponse(long sequence, OffsetDateTime occurredAt, String actor, String sourceAddress,
        String action, String object, String result, String algorithm, String previousHash, String hash) {

    static AuditRecordResponse of(AuditRecord r) {
        return new AuditRecordResponse(r.sequence(), r.entry().occurredAt().atOffset(r.entry().offset()),
                r.entry().actor(), r.entry().sourceAddress(), r.entry().action(), r.entry().object(),
                r.entry().result(), r.algorithm(), r.previousHash(), r.hash());
    }
}
