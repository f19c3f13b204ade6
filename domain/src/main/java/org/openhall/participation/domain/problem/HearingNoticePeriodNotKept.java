package org.openhall.participation.domain.problem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A step of a hearing (听证) would not keep its notice period: the hearing is announced too close to
 * its day, registration closes too close to it, or the materials would reach the participants too
 * late. The periods are the county's (see {@code HearingNoticePeriods}); the hearing day must move,
 * not the rule.
 *
 * <p>Each step has its own code, created by the factory of the same name.
 */
public final class HearingNoticePeriodNotKept extends DomainProblem {

    private HearingNoticePeriodNotKept(String code, String defaultMessage, Map<String, Object> details) {
        super(code, ProblemKind.UNPROCESSABLE, defaultMessage, details);
    }

    /**
     * {@code participation.hearing-announcement-too-late}: announced today, the hearing can be held on
     * {@code earliestHearingDay} at the soonest.
     */
    public static HearingNoticePeriodNotKept announcement(LocalDate heldOn, int days, LocalDate earliestHearingDay) {
        return new HearingNoticePeriodNotKept("participation.hearing-announcement-too-late",
                "A hearing on %s must be announced at least %d days before; announced today it can be held on %s at the soonest"
                        .formatted(heldOn, days, earliestHearingDay),
                details(heldOn, days, earliestHearingDay));
    }

    /**
     * {@code participation.hearing-registration-closes-too-late}: registration closing on
     * {@code registrationClosesOn} leaves too little time before the hearing.
     */
    public static HearingNoticePeriodNotKept registration(LocalDate heldOn, int days, LocalDate registrationClosesOn,
            LocalDate earliestHearingDay) {
        Map<String, Object> details = details(heldOn, days, earliestHearingDay);
        details.put("registrationClosesOn", registrationClosesOn);
        return new HearingNoticePeriodNotKept("participation.hearing-registration-closes-too-late",
                "Registration closing on %s must close at least %d days before the hearing on %s"
                        .formatted(registrationClosesOn, days, heldOn),
                details);
    }

    /**
     * {@code participation.hearing-materials-too-late}: materials provided today reach the
     * participants less than the required days before the hearing.
     */
    public static HearingNoticePeriodNotKept materials(LocalDate heldOn, int days, LocalDate earliestHearingDay) {
        return new HearingNoticePeriodNotKept("participation.hearing-materials-too-late",
                "Materials must reach the participants at least %d days before the hearing on %s; provided today they fit a hearing on %s at the soonest"
                        .formatted(days, heldOn, earliestHearingDay),
                details(heldOn, days, earliestHearingDay));
    }

    private static Map<String, Object> details(LocalDate heldOn, int days, LocalDate earliestHearingDay) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("heldOn", heldOn);
        details.put("days", days);
        details.put("earliestHearingDay", earliestHearingDay);
        return details;
    }
}
