package org.openhall.participation.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A comment period shorter than the 30 days of 《重大行政决策程序暂行条例》 Art. 15 was set without
 * saying why. A shorter period is lawful only with a reason (e.g. urgency) that is shown to the
 * public with the draft.
 */
public final class CommentPeriodTooShort extends DomainProblem {

    public CommentPeriodTooShort(int days, int minimumDays) {
        super("participation.comment-period-too-short", ProblemKind.UNPROCESSABLE,
                "A comment period of %d days is shorter than %d days and needs a reason shown to the public"
                        .formatted(days, minimumDays),
                details(days, minimumDays));
    }

    private static Map<String, Object> details(int days, int minimumDays) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("days", days);
        details.put("minimumDays", minimumDays);
        return details;
    }
}
