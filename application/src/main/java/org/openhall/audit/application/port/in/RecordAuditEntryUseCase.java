package org.openhall.audit.application.port.in;

import org.openhall.audit.domain.AuditEntry;

/**
 * Stores one entry of the audit trail (记录留痕) in the caller's transaction, or a transaction of its
 * own when there is none: the entry commits with the change it records, or not at all. The chainer
 * links it into the chain afterwards. Throws when it cannot: a lost record must show.
 */
public interface RecordAuditEntryUseCase {

    void record(AuditEntry entry);
}
