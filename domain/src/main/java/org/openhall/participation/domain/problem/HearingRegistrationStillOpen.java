package org.openhall.participation.domain.problem;

import java.time.LocalDate;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** Representatives are selected from everyone who registered, so only after registration has closed. */
public final class HearingRegistrationStillOpen extends DomainProblem {

    public HearingRegistrationStillOpen(LocalDate registrationClosesOn) {
        super("participation.hearing-registration-open", ProblemKind.CONFLICT,
                "Registration is open until " + registrationClosesOn,
                Map.of("registrationClosesOn", registrationClosesOn));
    }
}
