package org.openhall.participation.domain.problem;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A representative must be chosen from the people who registered for this very hearing. */
public final class UnknownRegistration extends DomainProblem {

    public UnknownRegistration(String registrationId) {
        super("participation.hearing-unknown-registration", ProblemKind.UNPROCESSABLE,
                "Registration " + registrationId + " is not one of this hearing's",
                Map.of("registrationId", registrationId));
    }
}
