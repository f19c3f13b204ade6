package org.openhall.servicecase.adapter.in.web.track;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openhall.servicecase.application.port.in.PublicCaseTrackView;
import org.openhall.shared.adapter.in.web.WebMessages;

/**
 * A case's progress as the public API shows it: codes for programs, texts in the caller's language
 * for people, personal data masked, no staff names.
 *
 * @param statusText the status in words (已受理 / accepted)
 * @param provisional whether a due date may still move because a year's holidays are not published
 */
public record PublicCaseTrackResponse(String number, String itemName, String department, String status,
        String statusText, Applicant applicant, LocalDate receivedOn, LocalDate acceptedOn, LocalDate promisedDue,
        LocalDate statutoryDue, boolean provisional, LocalDate completedOn, List<Step> steps) {

    /** The applicant, masked: 张*, 138****1234. */
    public record Applicant(String name, String phone) {
    }

    /** One step: what was done (code and words), on which day, by which department. */
    public record Step(int sequence, String action, String actionText, LocalDate on, String department) {
    }

    static PublicCaseTrackResponse of(PublicCaseTrackView v, WebMessages messages, Locale locale) {
        return new PublicCaseTrackResponse(v.number(), v.itemName(), v.department(), v.status().name(),
                words(messages, "status." + v.status().name(), locale), new Applicant(v.applicantName(),
                        v.applicantPhone()),
                v.receivedOn(), v.acceptedOn(), v.promisedDue(), v.statutoryDue(), v.provisional(), v.completedOn(),
                v.steps().stream().map(s -> new Step(s.sequence(), s.action().name(),
                        words(messages, "action." + s.action().name(), locale), s.on(), s.department())).toList());
    }

    /** The bundle's words for a constant; the constant itself when the bundle has none yet. */
    static String words(WebMessages messages, String key, Locale locale) {
        return messages.get(key, Map.of(), locale, key.substring(key.indexOf('.') + 1));
    }
}
