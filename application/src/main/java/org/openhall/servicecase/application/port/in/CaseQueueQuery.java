package org.openhall.servicecase.application.port.in;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * Work queues (待办队列) and counts per state. Queues are ordered by the nearest deadline first —
 * the current step's or the promised due date of an accepted case, the one-time-notice deadline of
 * a case merely received — and list the cases that wait for somebody else (special procedure,
 * applicant's supplement) last.
 */
@PrimaryPort
public interface CaseQueueQuery {

    /**
     * A clerk's queue today (我的待办): the open cases of every window the caller serves today —
     * their own as A post, and the A post's while the caller, as B post, acts for an absent A.
     */
    Page<CaseQueueRowView> clerkQueue(Actor actor, CaseQueueFilter filter, PageRequest page);

    /**
     * A department approver's queue (审批待办): the accepted cases of the caller's department whose
     * current step needs the department approver.
     */
    Page<CaseQueueRowView> approverQueue(Actor actor, CaseQueueFilter filter, PageRequest page);

    /**
     * Cases per state in the caller's department; supervisors and administrators count the whole
     * centre, or one department when they name it.
     *
     * @throws org.openhall.shared.application.problem.OutsideDepartmentScope when anybody else names
     *         a department not their own
     */
    CaseCountsView counts(Actor actor, Optional<DepartmentCode> department);
}
