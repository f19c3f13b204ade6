package org.openhall.servicecase.domain.problem;

import java.time.LocalDate;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** An appointment at the window was offered on a day the centre does not work (weekend or holiday). */
public final class AppointmentNotOnWorkingDay extends DomainProblem {

    public AppointmentNotOnWorkingDay(LocalDate date) {
        super("pre-application.appointment-not-working-day", ProblemKind.UNPROCESSABLE,
                "The appointment date " + date + " is not a working day", Map.of("date", date.toString()));
    }
}
