package org.openhall.shared.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What a transaction remembers is its own: gone when it ends, hidden while it is suspended, nothing outside one. */
class TransactionMemoryTest {

    private final TransactionMemory<String, String> memory = new TransactionMemory<>();

    @AfterEach
    void endSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.unbindResourceIfPossible(memory);
    }

    @Test
    void withinATransactionWhatWasRememberedIsRecalled() {
        TransactionSynchronizationManager.initSynchronization();

        memory.remember("c-1", "stored");

        assertThat(memory.recall("c-1")).contains("stored");
        assertThat(memory.recall("c-2")).isEmpty();
    }

    @Test
    void whatIsForgottenIsNoLongerRecalled() {
        TransactionSynchronizationManager.initSynchronization();
        memory.remember("c-1", "stored");
        memory.remember("c-2", "stored too");

        memory.forget("c-1");

        assertThat(memory.recall("c-1")).isEmpty();
        assertThat(memory.recall("c-2")).contains("stored too");
    }

    @Test
    void outsideATransactionNothingIsRemembered() {
        memory.remember("c-1", "stored");

        assertThat(memory.recall("c-1")).isEmpty();
    }

    @Test
    void theNextTransactionStartsWithNothing() {
        TransactionSynchronizationManager.initSynchronization();
        memory.remember("c-1", "stored");

        complete(TransactionSynchronization.STATUS_COMMITTED);
        TransactionSynchronizationManager.initSynchronization();

        assertThat(memory.recall("c-1")).isEmpty();
    }

    @Test
    void aSuspendedTransactionsMemoryIsHiddenUntilItResumes() {
        TransactionSynchronizationManager.initSynchronization();
        memory.remember("c-1", "outer");
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();

        synchronizations.forEach(TransactionSynchronization::suspend);
        assertThat(memory.recall("c-1")).isEmpty();
        synchronizations.forEach(TransactionSynchronization::resume);

        assertThat(memory.recall("c-1")).contains("outer");
    }

    private static void complete(int status) {
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(s -> s.afterCompletion(status));
    }
}
