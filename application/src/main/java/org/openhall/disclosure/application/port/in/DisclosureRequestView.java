package org.openhall.disclosure.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.openhall.disclosure.domain.request.ChallengeKind;
import org.openhall.disclosure.domain.request.ChallengeOutcome;
import org.openhall.disclosure.domain.request.FeeScale;
import org.openhall.disclosure.domain.request.IntakeChannel;
import org.openhall.disclosure.domain.request.ReplyContent;
import org.openhall.disclosure.domain.request.RequestStatus;
import org.openhall.disclosure.domain.request.RequesterKind;
import org.openhall.disclosure.domain.request.ThirdPartyOpinion;
import org.openhall.disclosure.domain.request.Withdrawal;

/**
 * A request for information as staff see it. The applicant's name and identifier are masked; the
 * reply letter carries the name in full, since it goes to the applicant.
 *
 * @param correctionNoticeDeadline the last day for a correction notice (Art. 30); {@code null} before receipt
 * @param replyDueOn the day the reply is due as of today; {@code null} while no period runs
 * @param provisional whether that day may still move (an open consultation, an unloaded calendar year)
 */
public record DisclosureRequestView(String id, String number, RequesterKind requesterKind, String requesterName,
        String requesterIdentifier, String description, IntakeChannel channel, LocalDate submittedOn,
        LocalDate receivedOn, RequestStatus status, LocalDate correctionNoticeDeadline, CorrectionView correction,
        LocalDate correctedOn, LocalDate replyDueOn, boolean provisional, String provisionalReason, boolean overdue,
        ExtensionView extension, List<ConsultationView> consultations, FeeView fee, LocalDate deferredUntil,
        ReplyContent reply, LocalDate repliedOn, boolean repliedLate, Withdrawal withdrawal, LocalDate withdrawnOn,
        List<ChallengeView> challenges, long version) {

    /** The correction notice. */
    public record CorrectionView(List<String> points, LocalDate issuedOn, LocalDate dueOn) {
    }

    /** The extension of the reply period. */
    public record ExtensionView(int workingDays, String approvedBy, String reason, LocalDate approvedOn,
            LocalDate applicantNotifiedOn) {
    }

    /** A consultation of a third party; {@code endedOn} and {@code opinion} are empty while open. */
    public record ConsultationView(String thirdParty, LocalDate sentOn, LocalDate dueOn, LocalDate endedOn,
            ThirdPartyOpinion opinion) {
    }

    /** The processing fee, amount in yuan. */
    public record FeeView(FeeScale scale, int basis, BigDecimal amount, LocalDate assessedOn) {
    }

    /** A reconsideration or lawsuit. */
    public record ChallengeView(int number, ChallengeKind kind, LocalDate filedOn, ChallengeOutcome outcome,
            LocalDate decidedOn) {
    }
}
