package org.openhall.disclosure.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openhall.shared.domain.time.CaseClock;

/**
 * Everything a {@link DisclosureRequest} is made of, for storage and for rebuilding it through
 * {@link DisclosureRequest#restore}. Fields of steps not taken yet are {@code null}.
 *
 * @param replyClock the 20 working days of Art. 33, from receipt or from the corrected request;
 *        {@code null} while the day of receipt is unconfirmed or a correction is awaited
 * @param extensionNotifiedOn the day the applicant was told of the extension; {@code null} without one
 * @param deferral the Art. 35 notice deferring the reply; {@code null} without one
 * @param auditCount the audit records written so far
 * @param version optimistic-lock version; 0 for a request never stored
 */
public record DisclosureRequestSnapshot(DisclosureRequestId id, RequestNumber number, Requester requester,
        String description, IntakeChannel channel, Instant submittedAt, LocalDate submittedOn, LocalDate receivedOn,
        RequestStatus status, CorrectionNotice correction, LocalDate correctedOn, CaseClock replyClock,
        LocalDate extensionNotifiedOn, List<Consultation> consultations, FeeAssessment fee, ReplyContent deferral,
        LocalDate deferredOn, ReplyContent reply, LocalDate repliedOn, String repliedBy, boolean repliedLate,
        Withdrawal withdrawal, LocalDate withdrawnOn, String withdrawalReason, List<Challenge> challenges,
        int auditCount, long version) {

    public DisclosureRequestSnapshot {
        consultations = List.copyOf(consultations);
        challenges = List.copyOf(challenges);
    }
}
