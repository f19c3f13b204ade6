package org.openhall.servicecase.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openhall.servicecase.domain.CaseExtension;
import org.openhall.servicecase.domain.CaseFees;
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
 * A case as staff see it. Personal data is masked (张*, 138****1234) — the applicant's, the
 * agent's and the name of whoever collected the certificate; full data needs a separate, audited
 * reveal.
 *
 * @param statutoryDue        {@code null} before acceptance
 * @param remainingWorkingDays against the promised limit, as of today; {@code null} unless accepted
 * @param agent               the village agent (代办) for channel AGENT, masked; else {@code null}
 * @param steps               the item's procedure as the case walks it, in order
 * @param pauses              the special procedures that stopped the clocks, oldest first
 * @param paused              whether a special procedure is under way
 * @param transitionCount     how many transitions its audit trail holds: the sequence of its latest case
 *                            event, so a reader can tell whether the view already shows an event
 */
public record CaseView(String id, String number, String itemCode, int itemVersion, String itemName,
        String department, String applicantName, String applicantIdNumber, String applicantPhone, CaseStatus status,
        Instant receivedAt, LocalDate receivedOn, String receivedBy, int submissionRound,
        Set<String> providedMaterials, List<NoticeView> notices, LocalDate noticeDeadline, LocalDate acceptedOn,
        LocalDate statutoryDue, LocalDate promisedDue, boolean provisional, String provisionalReason,
        Integer remainingWorkingDays, boolean overdue, LocalDate completedOn, long version,
        SubmissionChannel channel, AgentView agent, String preApplicationReference, boolean deemed,
        DeferredSupply deferredSupply, Refusal refusal, Withdrawal withdrawal, List<CaseStep> steps,
        List<CasePause> pauses, boolean paused, CaseExtension extension, Decision decision, Certificate certificate,
        Delivery delivery, CaseFees fees, int transitionCount) {

    /**
     * A case with nothing recorded beyond receipt, notice and acceptance, received at a window; its
     * transitions are not counted (0).
     */
    public CaseView(String id, String number, String itemCode, int itemVersion, String itemName, String department,
            String applicantName, String applicantIdNumber, String applicantPhone, CaseStatus status,
            Instant receivedAt, LocalDate receivedOn, String receivedBy, int submissionRound,
            Set<String> providedMaterials, List<NoticeView> notices, LocalDate noticeDeadline, LocalDate acceptedOn,
            LocalDate statutoryDue, LocalDate promisedDue, boolean provisional, String provisionalReason,
            Integer remainingWorkingDays, boolean overdue, LocalDate completedOn, long version) {
        this(id, number, itemCode, itemVersion, itemName, department, applicantName, applicantIdNumber,
                applicantPhone, status, receivedAt, receivedOn, receivedBy, submissionRound, providedMaterials,
                notices, noticeDeadline, acceptedOn, statutoryDue, promisedDue, provisional, provisionalReason,
                remainingWorkingDays, overdue, completedOn, version, SubmissionChannel.WINDOW, null, null, false, null,
                null, null, List.of(), List.of(), false, null, null, null, null, new CaseFees(List.of(), null, null), 0);
    }

    /** A one-time notice as issued. */
    public record NoticeView(int submissionRound, LocalDate issuedOn, String issuedBy, List<NoticeLine> items) {
    }

    /** One material the notice asks for; {@code defect} is null when it is simply missing. */
    public record NoticeLine(String code, String name, String defect) {
    }

    /** The village agent, masked, with the station where the application was handed in. */
    public record AgentView(String name, String idNumber, String phone, String stationCode) {
    }
}
