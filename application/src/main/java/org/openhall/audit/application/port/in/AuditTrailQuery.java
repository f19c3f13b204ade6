package org.openhall.audit.application.port.in;

import org.openhall.audit.domain.AuditRecord;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Reads the audit trail for the audit administrator (审计管理员), newest first. */
public interface AuditTrailQuery {

    Page<AuditRecord> find(AuditFilter filter, PageRequest page);
}
