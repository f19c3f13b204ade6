package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;

/**
 * What anyone may read of the consultations, without signing in: drafts from their opening day on,
 * published comments (names masked, no phone), and adoption reports once published. A draft that is
 * not public yet is {@code decision-draft.not-found}.
 */
@PrimaryPort
public interface ConsultationQuery {

    /** Public drafts, the most recently opened first. */
    Page<DraftSummaryView> publicDrafts(PageRequest page);

    DraftView publicDraft(DraftDecisionId id);

    /** The published comments on a draft, in the order they came in. */
    Page<PublicCommentView> publishedComments(DraftDecisionId id, PageRequest page);

    /** The published adoption report; {@code adoption-report.not-found} before it is published. */
    AdoptionReportView adoptionReport(DraftDecisionId id);
}
