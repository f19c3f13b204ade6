package org.openhall.servicecase.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openhall.servicecase.domain.CaseStatus;

/**
 * A case (办件) as staff see it, personal data masked (张*, 138****1234).
 *
 * @param number               the case number printed on the receipt (办件编号)
 * @param providedMaterials    the codes of the materials that count as provided, sorted
 * @param notices              every one-time notice (一次性告知) issued, oldest first
 * @param noticeDeadline       the last day a one-time notice may still be issued; set while submitted
 * @param statutoryDue         due date of the statutory limit (法定期限); set from acceptance on
 * @param promisedDue          due date of the promised limit (承诺期限); set from acceptance on
 * @param provisional          whether a due date rests on a calendar year not yet published
 * @param remainingWorkingDays working days left on the promised limit as of today, while accepted
 * @param version              increases with every change; also sent as the {@code ETag}
 */
public record CaseResponse(String id, String number, String itemCode, int itemVersion, String itemName,
        String department, ApplicantResponse applicant, CaseStatus status, Instant receivedAt, LocalDate receivedOn,
        String receivedBy, int submissionRound, List<String> providedMaterials, List<NoticeResponse> notices,
        LocalDate noticeDeadline, LocalDate acceptedOn, LocalDate statutoryDue, LocalDate promisedDue,
        boolean provisional, String provisionalReason, Integer remainingWorkingDays, boolean overdue,
        LocalDate completedOn, long version) {

    /** The applicant, masked. */
    public record ApplicantResponse(String name, String idNumber, String phone) {
    }

    /** A one-time notice as issued for a submission round. */
    public record NoticeResponse(int submissionRound, LocalDate issuedOn, String issuedBy,
            List<NoticeLineResponse> items) {
    }

    /** One material the notice asks for; {@code defect} is null when it is simply missing. */
    public record NoticeLineResponse(String code, String name, String defect) {
    }
}
