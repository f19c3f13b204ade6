package org.openhall.servicecase.application.port.in;

import java.util.Optional;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.shared.domain.InvalidValue;

/**
 * What to narrow a work queue (待办队列) to. Every part is optional; together they narrow (AND).
 *
 * @param status        one of the open states only
 * @param window        one of the windows the caller serves (a clerk's queue) or the window the case
 *                      was received at (an approver's queue)
 * @param overdueOnly   only cases whose nearest deadline has passed (overdue from the calendar day
 *                      after the due date, Administrative Licensing Law Art. 82)
 * @param dueWithinDays only cases due within this many working days from today, overdue ones included
 */
public record CaseQueueFilter(Optional<CaseStatus> status, Optional<ApprovalItemCode> itemCode,
        Optional<WindowCode> window, boolean overdueOnly, Optional<Integer> dueWithinDays,
        Optional<SubmissionChannel> channel) {

    public CaseQueueFilter {
        if (status.isPresent() && !status.get().isOpen()) {
            throw new InvalidValue("status", "a queue holds open cases only (SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED)");
        }
        if (dueWithinDays.isPresent() && (dueWithinDays.get() < 0 || dueWithinDays.get() > 366)) {
            throw new InvalidValue("dueWithinDays", "must be between 0 and 366");
        }
    }

    public static CaseQueueFilter none() {
        return new CaseQueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty());
    }
}
