package org.openhall.audit.adapter.in.web;

import java.util.function.Supplier;

import org.openhall.audit.application.port.in.RecordAuditEntryUseCase;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an audited request's record inside the transaction that commits its change (同事务留痕):
 * for each read-write transaction that begins while an {@link AuditedRequest} is open on the
 * thread, a synchronization inserts the record just before the commit. If the insert fails, the
 * commit fails and the change is rolled back; if the transaction rolls back, so does the record.
 *
 * <p>One record per request: the first transaction that commits carries it; a later one (or an
 * outer one that commits after an inner {@code REQUIRES_NEW}) finds it written. A request that
 * commits nothing is recorded by the filter once answered.
 */
class AuditRecordingTransactions implements TransactionExecutionListener {

    private final Supplier<RecordAuditEntryUseCase> trail;

    AuditRecordingTransactions(Supplier<RecordAuditEntryUseCase> trail) {
        this.trail = trail;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure != null || transaction.isReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        AuditedRequest request = AuditedRequest.current();
        if (request != null) {
            TransactionSynchronizationManager.registerSynchronization(new RecordBeforeCommit(request));
        }
    }

    /** Inserts the record into the transaction it is registered with, unless another commit carried it. */
    private final class RecordBeforeCommit implements TransactionSynchronization {

        private final AuditedRequest request;
        private boolean carries;

        RecordBeforeCommit(AuditedRequest request) {
            this.request = request;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (readOnly || !request.recordsWithItsChange()) {
                return;
            }
            try {
                trail.get().record(request.entry(AuditedRequest.SUCCESS));
            } catch (RuntimeException failure) {
                throw new AuditRecordNotWritten(failure);
            }
            carries = true;
        }

        @Override
        public void afterCompletion(int status) {
            if (carries && status == STATUS_COMMITTED) {
                request.markWritten();
            }
        }
    }
}
