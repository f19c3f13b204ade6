package org.openhall.participation.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * The adoption report (意见采纳情况) accounts for every comment: it cannot be published while
 * comments wait for moderation or published comments wait for their answer.
 */
public final class CommentsUnanswered extends DomainProblem {

    public CommentsUnanswered(int pending, int unanswered) {
        super("participation.comments-unanswered", ProblemKind.CONFLICT,
                "%d comment(s) wait for moderation and %d published comment(s) for an answer"
                        .formatted(pending, unanswered),
                details(pending, unanswered));
    }

    private static Map<String, Object> details(int pending, int unanswered) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pending", pending);
        details.put("unanswered", unanswered);
        return details;
    }
}
