package org.openhall.servicecase.adapter.in.web;

import java.time.LocalDate;

import org.openhall.servicecase.application.port.in.CaseQueueRowView;
import org.openhall.servicecase.application.port.in.QueueDeadline;
import org.openhall.servicecase.application.port.in.QueuePost;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.SubmissionChannel;

/**
 * One line of a work queue: the fields of a case list line, then the deadline the queue is ordered
 * by and the caller's post (A, or acting for the absent A).
 */
public record CaseQueueRowResponse(String id, String number, String itemCode, String itemName, String department,
        String applicantName, CaseStatus status, LocalDate receivedOn, LocalDate promisedDue, long version,
        SubmissionChannel channel, String window, LocalDate dueOn, QueueDeadline dueKind, boolean overdue,
        boolean paused, Integer currentStep, String currentStepRole, QueuePost post, String actingFor) {

    static CaseQueueRowResponse of(CaseQueueRowView v) {
        return new CaseQueueRowResponse(v.id(), v.number(), v.itemCode(), v.itemName(), v.department(),
                v.applicantName(), v.status(), v.receivedOn(), v.promisedDue(), v.version(), v.channel(), v.window(),
                v.dueOn(), v.dueKind(), v.overdue(), v.paused(), v.currentStep(), v.currentStepRole(), v.post(),
                v.actingFor());
    }
}
