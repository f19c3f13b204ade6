package org.openhall.supervision.application.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.openhall.servicecase.application.port.in.CaseView;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cases the feed read in the current transaction (本事务已读办件), so that the two or three events of
 * one transition read their case once rather than once each.
 *
 * <p>Why a remembered view is still right: a use case stores the case and then publishes all the events
 * it recorded, so every event of that burst sees the case as stored, and the view shows it — its
 * transition count reaches the event's sequence. An event of a later save of the same case in the same
 * transaction has a sequence beyond the view's count, and reads the case again. A warning is raised by
 * the projection right after the case event it is about, so the view remembered for that event is the
 * case as it stands. The memory belongs to one transaction on one thread (a transaction resource, hidden
 * while the transaction is suspended, dropped when it ends); outside a transaction every event reads.
 */
final class CasesReadInTransaction {

    private final FeedCases cases;

    CasesReadInTransaction(FeedCases cases) {
        this.cases = cases;
    }

    /**
     * The case of an event as the transaction leaves it so far.
     *
     * @param sequence the case event's transition number, {@code null} for a warning
     */
    Optional<CaseView> of(String caseId, Integer sequence) {
        Map<String, Optional<CaseView>> read = current();
        if (read == null) {
            return cases.read(caseId);
        }
        Optional<CaseView> remembered = read.get(caseId);
        if (remembered != null && shows(remembered, sequence)) {
            return remembered;
        }
        Optional<CaseView> now = cases.read(caseId);
        read.put(caseId, now);
        return now;
    }

    /** Whether a remembered answer already shows the event; an unknown case is asked again for a case event. */
    private static boolean shows(Optional<CaseView> remembered, Integer sequence) {
        if (sequence == null) {
            return true;
        }
        return remembered.map(view -> view.transitionCount() >= sequence).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Optional<CaseView>> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Optional<CaseView>> read = (Map<String, Optional<CaseView>>) TransactionSynchronizationManager
                .getResource(this);
        if (read == null) {
            read = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, read);
            TransactionSynchronizationManager.registerSynchronization(new Unbinding(read));
        }
        return read;
    }

    /** Ties the memory's life to the transaction's, and hides it while the transaction is suspended. */
    private final class Unbinding implements TransactionSynchronization {

        private final Map<String, Optional<CaseView>> read;

        Unbinding(Map<String, Optional<CaseView>> read) {
            this.read = read;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(CasesReadInTransaction.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(CasesReadInTransaction.this, read);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CasesReadInTransaction.this);
        }
    }
}
