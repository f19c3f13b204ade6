package org.openhall.servicecase.domain.problem;

import java.time.LocalDate;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** An invited pre-application is received at the window no earlier than the day of its appointment. */
public final class AppointmentNotYetDue extends DomainProblem {

    public AppointmentNotYetDue(LocalDate date) {
        super("pre-application.appointment-not-yet-due", ProblemKind.CONFLICT,
                "The appointment is on " + date + "; the pre-application is received from that day",
                Map.of("date", date.toString()));
    }
}
