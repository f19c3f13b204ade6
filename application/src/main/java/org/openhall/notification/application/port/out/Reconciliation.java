package org.openhall.notification.application.port.out;

/** What a gateway says about an earlier send whose answer was lost. */
public sealed interface Reconciliation {

    /** It has the message (under {@code messageId}); {@code delivered} when a delivery report is already known. */
    record Received(String messageId, Boolean delivered) implements Reconciliation {
    }

    /** It never received it: sending again makes no duplicate. */
    record NotReceived() implements Reconciliation {
    }

    /** It could not be asked now (unreachable, error): ask again later. */
    record Inconclusive(String reason) implements Reconciliation {
    }

    /** This gateway has no way to answer (no query API): a person must look. */
    record Unsupported(String reason) implements Reconciliation {
    }
}
