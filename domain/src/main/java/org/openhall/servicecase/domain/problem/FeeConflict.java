package org.openhall.servicecase.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A fee step that clashes with what the case's fees already record: the fees are collected once
 * (一票制), waived only before that, refunded at most once and only after collection.
 */
public final class FeeConflict extends DomainProblem {

    private FeeConflict(String code, String message, Map<String, Object> details) {
        super(code, ProblemKind.CONFLICT, message, details);
    }

    /** {@code case.fee-already-collected}. */
    public static FeeConflict alreadyCollected(String receiptNumber) {
        return new FeeConflict("case.fee-already-collected",
                "The fees were already collected under receipt " + receiptNumber, Map.of("receiptNumber", receiptNumber));
    }

    /** {@code case.fee-already-waived}. */
    public static FeeConflict alreadyWaived(String feeName) {
        return new FeeConflict("case.fee-already-waived", "The fee " + feeName + " was waived",
                Map.of("feeName", feeName));
    }

    /** {@code case.fee-not-collected}. */
    public static FeeConflict notCollected() {
        return new FeeConflict("case.fee-not-collected", "No fee was collected for the case", Map.of());
    }

    /** {@code case.fee-already-refunded}. */
    public static FeeConflict alreadyRefunded(String receiptNumber) {
        return new FeeConflict("case.fee-already-refunded",
                "The fees of receipt " + receiptNumber + " were already refunded", Map.of("receiptNumber", receiptNumber));
    }
}
