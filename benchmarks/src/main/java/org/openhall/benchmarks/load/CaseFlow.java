package org.openhall.benchmarks.load;

/**
 * A case's life as a system under test offers it: receipt (setup, not timed), then a fixed sequence of
 * timed transitions — acceptance (受理), each procedure step's completion, the decision (办结). Every
 * transition is one durable change of the case, so systems are compared per transition whatever their
 * request shapes. Implementations are safe for concurrent use.
 */
public interface CaseFlow extends AutoCloseable {

    /** Receives a new case and answers its id. */
    String submit() throws Exception;

    /** How many timed transitions a received case goes through. */
    int transitions();

    /** The {@code index}-th transition (from 0) of the case; transitions are taken in order. */
    void transition(String caseId, int index) throws Exception;

    /** Receives one case and takes it through every transition: the footprint's unit. */
    default void wholeCase() throws Exception {
        String id = submit();
        for (int i = 0; i < transitions(); i++) {
            transition(id, i);
        }
    }

    @Override
    default void close() throws Exception {
    }
}
