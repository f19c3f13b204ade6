package org.openhall.servicecase.application.port.in;

import java.time.LocalDate;

import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.SubmissionChannel;

/**
 * One line of a work queue (待办): the case, its nearest deadline and why, and in which post the
 * caller has it. The applicant is masked.
 *
 * @param dueOn         the nearest deadline; {@code null} while the case waits for somebody else —
 *                      a special procedure (paused) or the applicant's supplement
 * @param dueKind       which deadline {@code dueOn} is; {@code null} with it
 * @param overdue       whether {@code dueOn} has passed (overdue from the calendar day after it)
 * @param paused        whether a special procedure stops the clocks (Art. 45): listed last
 * @param currentStep   the position of the step under way, {@code null} unless accepted
 * @param post          the caller's post for the case's window (clerk queue); {@code null} in an
 *                      approver's queue
 * @param actingFor     the absent A post's user name when {@code post} is ACTING_FOR_A
 */
public record CaseQueueRowView(String id, String number, String itemCode, String itemName, String department,
        String applicantName, CaseStatus status, SubmissionChannel channel, String window, LocalDate receivedOn,
        LocalDate promisedDue, LocalDate dueOn, QueueDeadline dueKind, boolean overdue, boolean paused,
        Integer currentStep, String currentStepRole, QueuePost post, String actingFor, long version) {
}
