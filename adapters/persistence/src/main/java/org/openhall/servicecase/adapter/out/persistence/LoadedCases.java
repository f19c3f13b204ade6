package org.openhall.servicecase.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;

import org.openhall.shared.application.service.TransactionMemory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows of the cases the current transaction read or wrote, as they stand in the database for
 * this transaction, so that a save can write only the child rows that differ without reading them
 * again. A use case loads a case, changes it and saves it in one transaction: this is that path.
 *
 * <p>Why it is safe: the memory belongs to one transaction on one thread ({@link TransactionMemory}),
 * so nothing another transaction saw or wrote,
 * committed or rolled back, is ever taken for what the database holds. Within the transaction a
 * remembered row is only used for a save of the same version, and that save first updates the
 * case row {@code WHERE version = ?}: every write of a case's children goes with such an update,
 * so when it succeeds nobody changed the children since they were read. When nothing is
 * remembered (a case loaded in an earlier transaction, or saved outside any), the writer reads the
 * children once, after its guarded update, instead.
 */
@Component
class LoadedCases {

    /** The case's rows, and the version the database holds them at for this transaction. */
    record Loaded(long version, ServiceCaseRow row) {
    }

    private final TransactionMemory<UUID, Loaded> memory = new TransactionMemory<>();

    /** Remembers {@code row} as stored at {@code version}, if a transaction that could save it is running. */
    void remember(UUID id, long version, ServiceCaseRow row) {
        // A read-only transaction never saves: nothing to remember for.
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            memory.remember(id, new Loaded(version, row));
        }
    }

    /** What this transaction holds for case {@code id} at {@code version}, if anything. */
    Optional<Loaded> at(UUID id, long version) {
        return memory.recall(id).filter(l -> l.version() == version);
    }

    /** Forgets case {@code id}: after a failed write nobody knows what the transaction holds. */
    void forget(UUID id) {
        memory.forget(id);
    }
}
