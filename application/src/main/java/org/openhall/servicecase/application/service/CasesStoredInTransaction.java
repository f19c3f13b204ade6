package org.openhall.servicecase.application.service;

import java.util.Optional;

import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.application.service.TransactionMemory;

/**
 * The cases stored in the current transaction (本事务已保存办件). A use case stores its case and then
 * publishes the case's events, and the listeners that run in the same transaction — the supervision
 * feed's, which reads the case to describe the event — would otherwise read back from the database the
 * row that was just written. A read of a stored case is answered from here instead, as the database would
 * answer it within the transaction.
 *
 * <p>Only reads that build a view recall a case: a use case that changes a case always loads it from the
 * database, so nothing changes the remembered object after it was stored.
 */
final class CasesStoredInTransaction {

    /** One memory for every case service: a case stored by one is read by another. */
    private static final TransactionMemory<ServiceCaseId, ServiceCase> STORED = new TransactionMemory<>();

    private CasesStoredInTransaction() {
    }

    static void remember(ServiceCase stored) {
        STORED.remember(stored.getId(), stored);
    }

    static Optional<ServiceCase> recall(ServiceCaseId id) {
        return STORED.recall(id);
    }
}
