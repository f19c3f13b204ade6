package org.openhall.shared.domain.time;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * An approved extension of a time limit (延长期限), e.g. the 10 working days the head of the
 * agency may grant under Administrative Licensing Law Art. 42 when 20 are not enough (15
 * for a joint handling's 45, granted by the head of the government at that level).
 *
 * <p>Invariants: at least one working day; who approved it and why are recorded, because
 * the applicant must be told the reason (Art. 42) and a supervisor must be able to check it.
 *
 * @param workingDays how many working days the limit grows by
 * @param approvedBy who approved it, e.g. the agency head's name or post
 * @param reason why the limit could not be kept
 * @param approvedOn the day of approval
 */
@ValueObject
public record Extension(int workingDays, String approvedBy, String reason, LocalDate approvedOn) {

    public Extension {
        if (workingDays < 1) {
            throw new InvalidValue("workingDays", "must be at least 1");
        }
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new InvalidValue("approvedBy", "must not be blank");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue("reason", "must not be blank");
        }
        if (approvedOn == null) {
            throw new InvalidValue("approvedOn", "must be given");
        }
        approvedBy = approvedBy.strip();
        reason = reason.strip();
    }
}
