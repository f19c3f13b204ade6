package org.openhall.audit.application.service;

import org.openhall.audit.application.port.in.AuditFilter;
import org.openhall.audit.application.port.in.AuditTrailQuery;
import org.openhall.audit.application.port.in.RecordAuditEntryUseCase;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.domain.AuditChain;
import org.openhall.audit.domain.AuditEntry;
import org.openhall.audit.domain.AuditRecord;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the audit chain and reads them back. Appending takes the chain's lock for
 * the rest of the transaction, reads the head, links the entry to it and stores the new record:
 * so writers on any number of instances form one chain without gaps or forks.
 */
public class AuditTrailService implements RecordAuditEntryUseCase, AuditTrailQuery {

    private final AuditLog log;
    private final AuditChain chain;

    public AuditTrailService(AuditLog log, AuditChain chain) {
        this.log = log;
        this.chain = chain;
    }

    @Override
    @Transactional
    public AuditRecord record(AuditEntry entry) {
        log.lockForAppend();
        AuditRecord record = chain.append(log.head().orElse(null), entry);
        log.append(record);
        return record;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditRecord> find(AuditFilter filter, PageRequest page) {
        return log.find(filter, page);
    }
}
