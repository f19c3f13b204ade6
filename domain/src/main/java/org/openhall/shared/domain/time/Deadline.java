package org.openhall.shared.domain.time;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * When a case clock runs out (办理期限届满日): the last day on which the agency is in time.
 * The case is overdue from the calendar day after.
 *
 * <p>A deadline is provisional when it rests on assumptions that may still change: a
 * calendar year not yet loaded (counted with weekends only), or an open pause assumed to
 * end on the day asked about. Invariant: a provisional deadline says why; a firm one has
 * no reason.
 *
 * @param dueDate the last day in time
 * @param provisional whether the date may still move
 * @param provisionalReason why, e.g. "calendar for 2027 not loaded"; {@code null} when firm
 */
@ValueObject
public record Deadline(LocalDate dueDate, boolean provisional, String provisionalReason) {

    public Deadline {
        if (dueDate == null) {
            throw new InvalidValue("dueDate", "must be given");
        }
        if (provisional && (provisionalReason == null || provisionalReason.isBlank())) {
            throw new InvalidValue("provisionalReason", "a provisional deadline must say why");
        }
        if (!provisional && provisionalReason != null) {
            throw new InvalidValue("provisionalReason", "a firm deadline has no reason to be provisional");
        }
    }

    public static Deadline firm(LocalDate dueDate) {
        return new Deadline(dueDate, false, null);
    }

    public static Deadline provisional(LocalDate dueDate, String reason) {
        return new Deadline(dueDate, true, reason);
    }

    /** Whether the case is overdue on {@code today}: from the calendar day after the due date on. */
    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(dueDate);
    }
}
