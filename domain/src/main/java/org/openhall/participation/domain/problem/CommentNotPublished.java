package org.openhall.participation.domain.problem;

import java.util.Map;

import org.openhall.participation.domain.CommentStatus;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * Only published comments are answered in the adoption report: a pending one must be moderated first,
 * a rejected one is kept but not answered.
 */
public final class CommentNotPublished extends DomainProblem {

    public CommentNotPublished(CommentStatus status) {
        super("participation.comment-not-published", ProblemKind.CONFLICT,
                "A comment that is " + status + " is not answered", Map.of("commentStatus", status.name()));
    }
}
