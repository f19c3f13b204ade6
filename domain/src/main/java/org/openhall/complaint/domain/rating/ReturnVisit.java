package org.openhall.complaint.domain.rating;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * 回访记录: the call back to a real-name bad rater about the rectification — who called, when, and what the
 * rater said. A real-name bad rating's rectification cannot be closed without one (100 % 回访).
 *
 * @param caller     who made the call (user name)
 * @param calledAt   when the call took place
 * @param outcome    what came of it, in words (e.g. 群众表示认可整改结果)
 * @param recordedBy who recorded it (user name)
 * @param recordedAt when it was recorded
 */
@ValueObject
public record ReturnVisit(String caller, Instant calledAt, String outcome, String recordedBy, Instant recordedAt) {

    public ReturnVisit {
        Objects.requireNonNull(calledAt, "calledAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        caller = required("caller", caller);
        outcome = required("outcome", outcome);
        recordedBy = required("recordedBy", recordedBy);
        if (calledAt.isAfter(recordedAt)) {
            throw new InvalidValue("calledAt", "a call cannot be recorded before it took place");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "must not be blank");
        }
        return value.strip();
    }
}
