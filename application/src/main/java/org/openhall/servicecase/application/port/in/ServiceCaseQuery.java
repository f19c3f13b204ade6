package org.openhall.servicecase.application.port.in;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.time.DeadlineExplanation;

/**
 * Reads cases within the caller's scope: a clerk or approver sees only their department's cases
 * (another department's case is refused with {@code access.outside-department}).
 */
@PrimaryPort
public interface ServiceCaseQuery {

    CaseView get(Actor actor, ServiceCaseId id);

    /**
     * The case, or empty when none has that id: for callers to whom an unknown id is an ordinary
     * answer, such as the supervision feed reading the case of a warning about something else. Unlike
     * {@link #get}, an unknown case does not fail the caller's transaction.
     */
    Optional<CaseView> find(Actor actor, ServiceCaseId id);

    Page<CaseSummaryView> list(Actor actor, CaseListFilter filter, PageRequest page);

    /** How the due date was reached: every day counted, skipped or paused. */
    DeadlineExplanation explainDeadline(Actor actor, ServiceCaseId id, DeadlineKind kind);

    List<TransitionView> history(Actor actor, ServiceCaseId id);

    /**
     * The caller's work queue today (我的待办): the open cases of every window the caller serves
     * today — their own as A post, and the A post's while the caller acts for an absent A — oldest
     * first.
     */
    Page<CaseSummaryView> queue(Actor actor, PageRequest page);
}
