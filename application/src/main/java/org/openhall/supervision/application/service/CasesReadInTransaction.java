package org.openhall.supervision.application.service;

import java.util.Optional;

import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.shared.application.service.TransactionMemory;

/**
 * The cases the feed read in the current transaction (本事务已读办件), so that the two or three events of
 * one transition read their case once rather than once each.
 *
 * <p>Why a remembered view is still right: a use case stores the case and then publishes all the events
 * it recorded, so every event of that burst sees the case as stored, and the view shows it — its
 * transition count reaches the event's sequence. An event of a later save of the same case in the same
 * transaction has a sequence beyond the view's count, and reads the case again. A warning is raised by
 * the projection right after the case event it is about, so the view remembered for that event is the
 * case as it stands. The memory belongs to one transaction ({@link TransactionMemory}); outside a transaction
 * every event reads.
 */
final class CasesReadInTransaction {

    private final FeedCases cases;
    private final TransactionMemory<String, Optional<CaseView>> read = new TransactionMemory<>();

    CasesReadInTransaction(FeedCases cases) {
        this.cases = cases;
    }

    /**
     * The case of an event as the transaction leaves it so far.
     *
     * @param sequence the case event's transition number, {@code null} for a warning
     */
    Optional<CaseView> of(String caseId, Integer sequence) {
        Optional<Optional<CaseView>> remembered = read.recall(caseId);
        if (remembered.isPresent() && shows(remembered.get(), sequence)) {
            return remembered.get();
        }
        Optional<CaseView> now = cases.read(caseId);
        read.remember(caseId, now);
        return now;
    }

    /** Whether a remembered answer already shows the event; an unknown case is asked again for a case event. */
    private static boolean shows(Optional<CaseView> remembered, Integer sequence) {
        if (sequence == null) {
            return true;
        }
        return remembered.map(view -> view.transitionCount() >= sequence).orElse(false);
    }
}
