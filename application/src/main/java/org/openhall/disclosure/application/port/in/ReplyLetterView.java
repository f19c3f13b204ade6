package org.openhall.disclosure.application.port.in;

import java.time.LocalDate;

import org.openhall.disclosure.domain.request.ReplyContent;

/**
 * What a reply letter (政府信息公开申请答复书) says: who writes to whom about which request, the
 * dates the law turns on, the reply, and the remedies.
 *
 * @param requesterName the applicant's name in full: the letter is addressed to them
 * @param correctedOn the day the corrected request arrived; {@code null} without a correction
 * @param extensionDays working days added by an extension; 0 without one
 * @param remedies the sentence on reconsideration and litigation
 */
public record ReplyLetterView(String agencyName, String number, String requesterName, String requesterAddress,
        String description, LocalDate receivedOn, LocalDate correctedOn, int extensionDays, ReplyContent reply,
        LocalDate repliedOn, String remedies) {
}
