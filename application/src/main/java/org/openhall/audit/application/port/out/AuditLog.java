package org.openhall.audit.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.openhall.audit.application.port.in.AuditFilter;
import org.openhall.audit.domain.AuditEntry;
import org.openhall.audit.domain.AuditRecord;
import org.openhall.audit.domain.UnchainedEntry;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where audit records are kept: append-only, the store refuses to change or remove them. */
public interface AuditLog {

    /**
     * Stores an entry, not yet chained, in the current transaction: no lock and no read, so that
     * writers never wait for each other.
     */
    void insert(AuditEntry entry);

    /**
     * Makes this transaction the only chainer until it ends, across all instances, so that two
     * chainers never link records at once.
     */
    void lockForChaining();

    /** The last chained record, if any. */
    Optional<AuditRecord> head();

    /** Up to {@code limit} entries not yet chained, in the order they were stored. */
    List<UnchainedEntry> unchained(int limit);

    /** Gives the stored entry {@code id} its place and hash in the chain; refused when it has them already. */
    void link(long id, AuditRecord record);

    /** How many entries stored more than {@code wait} ago are still not chained. */
    long unchainedLongerThan(Duration wait);

    /** Up to {@code limit} chained records with sequence greater than {@code afterSequence}, in sequence order. */
    List<AuditRecord> after(long afterSequence, int limit);

    /** The chained record with the highest sequence among those that occurred before {@code instant}. */
    Optional<AuditRecord> lastBefore(Instant instant);

    /** Chained records only, newest first. */
    Page<AuditRecord> find(AuditFilter filter, PageRequest page);
}
