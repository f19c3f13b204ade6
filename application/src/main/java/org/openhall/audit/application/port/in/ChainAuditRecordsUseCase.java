package org.openhall.audit.application.port.in;

/**
 * Links the stored but unchained audit entries into the hash chain (入链), in the order they were
 * stored. Run every second or so, and before anything reads the chain.
 */
public interface ChainAuditRecordsUseCase {

    /** Links every entry stored and committed so far; answers how many it linked. */
    int chainPending();
}
