package org.openhall.disclosure.application.port.in;

import java.time.LocalDate;

import org.openhall.disclosure.domain.request.DisclosureRequestId;
import org.openhall.shared.domain.access.Actor;

/** 延长答复期限 (Art. 33): how long, who approved it, why, and when the applicant was told. */
public record ExtendReplyCommand(Actor actor, DisclosureRequestId id, int workingDays, String approvedBy, String reason,
        LocalDate applicantNotifiedOn) {
}
