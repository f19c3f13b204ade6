package org.openhall.audit.application.port.in;

import org.openhall.audit.domain.AuditEntry;
import org.openhall.audit.domain.AuditRecord;

/** Appends one entry to the audit chain (记录留痕). Throws when it cannot: a lost record must show. */
public interface RecordAuditEntryUseCase {

    AuditRecord record(AuditEntry entry);
}
