package org.openhall.disclosure.domain.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openhall.disclosure.domain.problem.DisclosureConflict;
import org.openhall.shared.domain.InvalidValue;

/**
 * The administrative reconsiderations and lawsuits (行政复议/行政诉讼, Art. 51) brought against the
 * handling of one request, numbered from 1 in the order filed; each is decided once. Part of the
 * {@link DisclosureRequest} aggregate; it changes only through it.
 */
final class Challenges {

    private final List<Challenge> challenges;

    Challenges(List<Challenge> challenges) {
        this.challenges = new ArrayList<>(challenges);
    }

    /** Records a challenge filed on {@code filedOn}, which lies between the request's arrival and today. */
    Challenge record(ChallengeKind kind, LocalDate filedOn, LocalDate submittedOn, LocalDate today) {
        if (kind == null || filedOn == null) {
            throw new InvalidValue("challenge", "kind and filing day must be given");
        }
        if (filedOn.isAfter(today) || filedOn.isBefore(submittedOn)) {
            throw new InvalidValue("filedOn", "must lie between the request's arrival and today");
        }
        Challenge challenge = new Challenge(challenges.size() + 1, kind, filedOn, ChallengeOutcome.PENDING, null);
        challenges.add(challenge);
        return challenge;
    }

    /**
     * Records the outcome of challenge {@code number}.
     *
     * @throws DisclosureConflict {@code disclosure.challenge-already-decided} for a second outcome
     */
    Challenge decide(int number, ChallengeOutcome outcome, LocalDate decidedOn, LocalDate today) {
        if (number < 1 || number > challenges.size()) {
            throw new InvalidValue("challenge", "the request has no challenge " + number);
        }
        if (outcome == null || outcome == ChallengeOutcome.PENDING || decidedOn == null) {
            throw new InvalidValue("outcome", "a decision is UPHELD, CORRECTED or OTHER, with its day");
        }
        if (decidedOn.isAfter(today)) {
            throw new InvalidValue("decidedOn", "must not lie in the future");
        }
        Challenge current = challenges.get(number - 1);
        if (current.outcome() != ChallengeOutcome.PENDING) {
            throw DisclosureConflict.challengeAlreadyDecided(number);
        }
        Challenge decided = current.decided(outcome, decidedOn);
        challenges.set(number - 1, decided);
        return decided;
    }

    List<Challenge> all() {
        return List.copyOf(challenges);
    }
}
