package org.openhall.benchmarks.load;

/**
 * A case's life as a system under test offers it: receipt (setup, not timed), then the two timed
 * transitions acceptance and completion. Implementations are safe for concurrent use.
 */
public interface CaseFlow extends AutoCloseable {

    /** Receives a new case and answers its id. */
    String submit() throws Exception;

    void accept(String caseId) throws Exception;

    void complete(String caseId) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
