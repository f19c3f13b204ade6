package org.openhall.audit.application.service;

import org.openhall.audit.application.port.in.AuditFilter;
import org.openhall.audit.application.port.in.AuditTrailQuery;
import org.openhall.audit.application.port.in.ChainAuditRecordsUseCase;
import org.openhall.audit.application.port.in.RecordAuditEntryUseCase;
import org.openhall.audit.application.port.out.AuditLog;
import org.openhall.audit.domain.AuditEntry;
import org.openhall.audit.domain.AuditRecord;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores entries of the audit trail and reads them back. Storing joins the caller's transaction
 * and only inserts: the entry commits with the change it records, and writers never wait for one
 * another. The chainer links entries later; a reader has it link what is pending first, so that
 * it sees every committed entry with its place in the chain.
 */
public class AuditTrailService implements RecordAuditEntryUseCase, AuditTrailQuery {

    private final AuditLog log;
    private final ChainAuditRecordsUseCase chainer;

    public AuditTrailService(AuditLog log, ChainAuditRecordsUseCase chainer) {
        this.log = log;
        this.chainer = chainer;
    }

    @Override
    @Transactional
    public void record(AuditEntry entry) {
        log.insert(entry);
    }

    @Override
    public Page<AuditRecord> find(AuditFilter filter, PageRequest page) {
        chainer.chainPending();
        return log.find(filter, page);
    }
}
