package org.openhall.participation.application.port.in;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.participation.domain.CommentStatus;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * What staff read of the consultations: a department's staff their own department's drafts (scheduled
 * ones included) and every comment on them; supervisors every department's. Another department's draft
 * is refused with {@code access.outside-department}.
 */
@PrimaryPort
public interface StaffConsultationQuery {

    /** Drafts, the most recently opened first; a supervisor may narrow them to one department. */
    Page<DraftSummaryView> drafts(Actor actor, Optional<DepartmentCode> department, PageRequest page);

    DraftView draft(Actor actor, DraftDecisionId id);

    /** The comments on a draft in the order they came in, optionally of one status. */
    Page<StaffCommentView> comments(Actor actor, DraftDecisionId id, Optional<CommentStatus> status,
            PageRequest page);
}
