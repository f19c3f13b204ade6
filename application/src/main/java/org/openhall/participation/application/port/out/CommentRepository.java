package org.openhall.participation.application.port.out;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.participation.domain.Comment;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.CommentStatus;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/** Where the public's comments on drafts are kept, rejected ones included. */
@SecondaryPort
public interface CommentRepository {

    Optional<Comment> findById(CommentId id);

    /**
     * Stores the comment — inserted when new, otherwise updated only if nobody changed it since it was read.
     *
     * @return the comment as stored, carrying its new version
     * @throws org.openhall.shared.application.problem.ConcurrentUpdate when the stored version moved on
     */
    Comment save(Comment comment);

    /** A draft's comments in the order they came in, optionally of one status. */
    Page<Comment> findByDraft(DraftDecisionId draftId, Optional<CommentStatus> status, PageRequest page);

    /** Every comment on a draft, in the order they came in: what the adoption report accounts for. */
    List<Comment> findAllByDraft(DraftDecisionId draftId);
}
