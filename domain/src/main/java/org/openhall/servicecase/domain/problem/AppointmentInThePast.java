package org.openhall.servicecase.domain.problem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** An appointment at the window was offered for a day already past. */
public final class AppointmentInThePast extends DomainProblem {

    public AppointmentInThePast(LocalDate date, LocalDate today) {
        super("pre-application.appointment-in-the-past", ProblemKind.UNPROCESSABLE,
                "The appointment date " + date + " is before today, " + today, details(date, today));
    }

    private static Map<String, Object> details(LocalDate date, LocalDate today) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("date", date.toString());
        d.put("today", today.toString());
        return d;
    }
}
