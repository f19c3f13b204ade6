package org.openhall.participation.domain.problem;

import java.util.Map;

import org.openhall.participation.domain.CommentStatus;
import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A comment is moderated once: published or rejected, it stays so. */
public final class CommentAlreadyModerated extends DomainProblem {

    public CommentAlreadyModerated(CommentStatus status) {
        super("participation.comment-already-moderated", ProblemKind.CONFLICT,
                "The comment was already moderated: " + status, Map.of("commentStatus", status.name()));
    }
}
