package org.openhall.shared.application.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the current transaction has already read or written, remembered until it ends (本事务内存), so that
 * a second reader in the same transaction need not ask the database again.
 *
 * <p>The memory belongs to one transaction on one thread: it is a transaction resource, hidden while the
 * transaction is suspended and dropped when it completes, committed or rolled back. Outside a transaction
 * nothing is remembered and every recall misses. What is remembered must be what the database would
 * answer within the transaction; the caller that writes is the one that remembers.
 *
 * @param <K> what a remembered value is found by
 * @param <V> the remembered value
 */
public final class TransactionMemory<K, V> {

    /** The value remembered under {@code key} in the current transaction, if any. */
    public Optional<V> recall(K key) {
        Map<K, V> remembered = current(false);
        return remembered == null ? Optional.empty() : Optional.ofNullable(remembered.get(key));
    }

    /** Remembers {@code value} under {@code key} for the rest of the current transaction; nothing outside one. */
    public void remember(K key, V value) {
        Map<K, V> remembered = current(true);
        if (remembered != null) {
            remembered.put(key, value);
        }
    }

    /** Forgets what was remembered under {@code key}: after a failed write nobody knows what the database holds. */
    public void forget(K key) {
        Map<K, V> remembered = current(false);
        if (remembered != null) {
            remembered.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> current(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<K, V> remembered = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
        if (remembered == null && create) {
            remembered = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, remembered);
            TransactionSynchronizationManager.registerSynchronization(new Unbinding(remembered));
        }
        return remembered;
    }

    /** Ties the memory's life to the transaction's, and hides it while the transaction is suspended. */
    private final class Unbinding implements TransactionSynchronization {

        private final Map<K, V> remembered;

        Unbinding(Map<K, V> remembered) {
            this.remembered = remembered;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(TransactionMemory.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(TransactionMemory.this, remembered);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemory.this);
        }
    }
}
