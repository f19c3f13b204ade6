package org.openhall.participation.domain.problem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A comment came in before the comment period opened or after its last day: it is not taken. */
public final class OutsideCommentPeriod extends DomainProblem {

    public OutsideCommentPeriod(LocalDate opensOn, LocalDate closesOn) {
        super("participation.outside-comment-period", ProblemKind.CONFLICT,
                "Comments are taken from %s to %s only".formatted(opensOn, closesOn), details(opensOn, closesOn));
    }

    private static Map<String, Object> details(LocalDate opensOn, LocalDate closesOn) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("opensOn", opensOn);
        details.put("closesOn", closesOn);
        return details;
    }
}
