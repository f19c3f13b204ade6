package org.openhall.servicecase.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;

/**
 * What the public sees of a case (办件进度): no staff names and no unmasked personal data.
 *
 * @param department     the name of the department handling the case
 * @param applicantName  masked, e.g. 张*
 * @param applicantPhone masked, e.g. 138****1234
 * @param acceptedOn     {@code null} before acceptance (受理)
 * @param promisedDue    承诺办结期限; {@code null} before acceptance
 * @param statutoryDue   法定办结期限; {@code null} before acceptance
 * @param provisional    whether a due date runs into a year whose holidays are not yet published
 *                       and will be worked out again once they are
 * @param completedOn    {@code null} until completed (办结)
 * @param steps          the case's steps in order
 */
public record PublicCaseTrackView(String number, String itemName, String department, CaseStatus status,
        String applicantName, String applicantPhone, LocalDate receivedOn, LocalDate acceptedOn,
        LocalDate promisedDue, LocalDate statutoryDue, boolean provisional, LocalDate completedOn, List<Step> steps) {

    public PublicCaseTrackView {
        steps = List.copyOf(steps);
    }

    /**
     * One step of the case as the public sees it: what was done, on which day, by which department
     * (never by whom).
     *
     * @param department the department's name, or {@code null} when the step was not taken by one
     */
    public record Step(int sequence, CaseAction action, LocalDate on, String department) {
    }
}
