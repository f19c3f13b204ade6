package org.openhall.participation.domain.problem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** Registration for the hearing (听证报名) is taken from its announcement to its closing day only. */
public final class HearingRegistrationClosed extends DomainProblem {

    public HearingRegistrationClosed(LocalDate announcedOn, LocalDate registrationClosesOn) {
        super("participation.hearing-registration-closed", ProblemKind.CONFLICT,
                "Registration is taken from %s to %s only".formatted(announcedOn, registrationClosesOn),
                details(announcedOn, registrationClosesOn));
    }

    private static Map<String, Object> details(LocalDate announcedOn, LocalDate registrationClosesOn) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("announcedOn", announcedOn);
        details.put("registrationClosesOn", registrationClosesOn);
        return details;
    }
}
