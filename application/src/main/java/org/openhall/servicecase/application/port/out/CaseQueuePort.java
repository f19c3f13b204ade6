package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

/**
 * Reads work queues (待办队列) and counts per state straight from the stored due dates, without
 * rebuilding cases.
 */
@SecondaryPort
public interface CaseQueuePort {

    /**
     * The open cases the selection names, nearest deadline first; cases without a running deadline
     * (paused, waiting for the applicant) last; then oldest receipt first.
     *
     * <p>A case's deadline is the earlier of its current step's and its promised due date when
     * accepted, and {@code selection.noticeDueOf(round received on)} when merely submitted: the
     * one-time-notice deadline needs the working-day calendar, which the caller has.
     */
    Page<QueuedCase> queue(Selection selection, PageRequest page);

    /** Counts per state, in one grouped query; a department or the whole centre. */
    List<StatusCount> countByStatus(Optional<DepartmentCode> department, LocalDate today);

    /**
     * @param windows        the windows the cases were received at; empty for any window
     * @param department     the cases' department, or any
     * @param stepRole       the role the current step needs, or any
     * @param statuses       the states to list (open ones)
     * @param dueOnOrBefore  only cases whose deadline falls on or before this day
     * @param noticeDueOf    the one-time-notice deadline of a submission round received on a day
     */
    record Selection(Set<WindowCode> windows, Optional<DepartmentCode> department, Optional<Role> stepRole,
            Set<CaseStatus> statuses, Optional<ApprovalItemCode> itemCode, Optional<SubmissionChannel> channel,
            Optional<LocalDate> dueOnOrBefore, UnaryOperator<LocalDate> noticeDueOf) {

        public Selection {
            windows = Set.copyOf(windows);
            statuses = Set.copyOf(statuses);
        }
    }

    /**
     * A case as a queue lists it.
     *
     * @param applicantName unmasked: the caller masks it
     * @param dueOn         the deadline the queue is ordered by, {@code null} when none runs
     * @param paused        accepted, with its clocks stopped by a special procedure
     */
    record QueuedCase(String id, String number, String itemCode, String itemName, String department,
            String applicantName, CaseStatus status, SubmissionChannel channel, String window, LocalDate receivedOn,
            LocalDate roundReceivedOn, LocalDate promisedDueOn, Integer currentStepPosition,
            LocalDate currentStepDueOn, Role currentStepRole, LocalDate dueOn, boolean paused, long version) {
    }

    /** The cases of one state, and how many of them are paused or past their promised due date. */
    record StatusCount(CaseStatus status, long cases, long paused, long overdue) {
    }
}
