package org.openhall.servicecase.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openhall.servicecase.domain.CaseExtension;
import org.openhall.servicecase.domain.CasePause;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.CaseStep;
import org.openhall.servicecase.domain.Certificate;
import org.openhall.servicecase.domain.Decision;
import org.openhall.servicecase.domain.DeferredSupply;
import org.openhall.servicecase.domain.Delivery;
import org.openhall.servicecase.domain.Refusal;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.servicecase.domain.Withdrawal;

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
 * @param channel              WINDOW, AGENT (village agent, 代办) or ONLINE
 * @param steps                the item's procedure as the case walks it (办理环节), in order
 * @param pauses               special procedures (特别程序) with the written notice to the applicant
 * @param delivery             送达; the collector's name masked
 */
public record CaseResponse(String id, String number, String itemCode, int itemVersion, String itemName,
        String department, ApplicantResponse applicant, CaseStatus status, Instant receivedAt, LocalDate receivedOn,
        String receivedBy, int submissionRound, List<String> providedMaterials, List<NoticeResponse> notices,
        LocalDate noticeDeadline, LocalDate acceptedOn, LocalDate statutoryDue, LocalDate promisedDue,
        boolean provisional, String provisionalReason, Integer remainingWorkingDays, boolean overdue,
        LocalDate completedOn, long version, SubmissionChannel channel, AgentResponse agent,
        String preApplicationReference, boolean deemed, DeferredSupply deferredSupply, Refusal refusal,
        Withdrawal withdrawal, List<CaseStep> steps, List<CasePause> pauses, boolean paused, CaseExtension extension,
        Decision decision, Certificate certificate, Delivery delivery, FeesResponse fees) {

    /** The village agent (代办), masked, and the station. */
    public record AgentResponse(String name, String idNumber, String phone, String stationCode) {
    }

    /** The case's fees: the catalog's lines, the one collection and the refund, in yuan. */
    public record FeesResponse(List<FeeLineResponse> lines, BigDecimal catalogAmount,
            FeeCollectionResponse collection, FeeRefundResponse refund) {
    }

    /** One fee the catalog prescribes, and whether it was waived. */
    public record FeeLineResponse(String name, BigDecimal catalogAmount, String basis, boolean waived,
            String waiverReason) {
    }

    /** 一票制: what was collected under which receipt, beside what the catalog prescribes. */
    public record FeeCollectionResponse(String receiptNumber, BigDecimal amount, BigDecimal catalogAmount,
            List<String> feeNames, LocalDate collectedOn, String collectedBy) {
    }

    /** 退费. */
    public record FeeRefundResponse(BigDecimal amount, String reason, LocalDate refundedOn, String refundedBy) {
    }

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
