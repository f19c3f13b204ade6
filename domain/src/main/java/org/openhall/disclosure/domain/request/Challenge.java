package org.openhall.disclosure.domain.request;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A reconsideration or lawsuit about a request (行政复议、行政诉讼), recorded when the agency
 * learns of it so that the annual report can count it (Art. 50).
 *
 * @param number 1 for the request's first challenge, then one more for each
 * @param decidedOn {@code null} while pending
 */
@ValueObject
public record Challenge(int number, ChallengeKind kind, LocalDate filedOn, ChallengeOutcome outcome,
        LocalDate decidedOn) {

    public Challenge {
        if (number < 1 || kind == null || filedOn == null || outcome == null) {
            throw new InvalidValue("challenge", "number, kind, filing day and outcome must be given");
        }
        if ((outcome == ChallengeOutcome.PENDING) != (decidedOn == null)) {
            throw new InvalidValue("decidedOn", "a decided challenge has its day, a pending one none");
        }
        if (decidedOn != null && decidedOn.isBefore(filedOn)) {
            throw new InvalidValue("decidedOn", "must not be before the filing day");
        }
    }

    Challenge decided(ChallengeOutcome result, LocalDate on) {
        return new Challenge(number, kind, filedOn, result, on);
    }
}
