package org.openhall.audit.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.openhall.audit.application.port.in.AuditFilter;
import org.openhall.audit.domain.AuditRecord;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where audit records are kept: append-only, the store refuses to change or remove them. */
public interface AuditLog {

    /**
     * Makes this transaction the only writer of the chain until it ends, across all instances, so
     * that concurrent writers still form one chain.
     */
    void lockForAppend();

    /** The last record of the chain, if any. */
    Optional<AuditRecord> head();

    void append(AuditRecord record);

    /** Up to {@code limit} records with sequence greater than {@code afterSequence}, in sequence order. */
    List<AuditRecord> after(long afterSequence, int limit);

    /** The record with the highest sequence among those that occurred before {@code instant}. */
    Optional<AuditRecord> lastBefore(Instant instant);

    Page<AuditRecord> find(AuditFilter filter, PageRequest page);
}
