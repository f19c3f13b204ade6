package org.openhall.disclosure.domain.problem;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A step of open government information clashes with what the request or catalog entry already
 * records (HTTP 409): a second correction notice, an extension asked for twice, a reply while a
 * third party is still being consulted. Each situation has its own stable code, created by the
 * factory of the same name.
 */
public final class DisclosureConflict extends DomainProblem {

    private DisclosureConflict(String code, String defaultMessage, Map<String, Object> details) {
        super(code, ProblemKind.CONFLICT, defaultMessage, details);
    }

    /** {@code disclosure.invalid-state}: the step does not apply to the request or entry as it stands. */
    public static DisclosureConflict invalidState(String action, String status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", action);
        details.put("status", status);
        return new DisclosureConflict("disclosure.invalid-state",
                "A request or entry that is " + status + " cannot take the step " + action, details);
    }

    /** {@code disclosure.correction-already-requested}: Art. 30 allows one consolidated correction notice only. */
    public static DisclosureConflict correctionAlreadyRequested(LocalDate requestedOn) {
        return new DisclosureConflict("disclosure.correction-already-requested",
                "A correction notice was already issued on " + requestedOn + "; the law allows one only",
                Map.of("requestedOn", requestedOn));
    }

    /** {@code disclosure.correction-period-expired}: the 7 working days of Art. 30 for the notice have passed. */
    public static DisclosureConflict correctionPeriodExpired(LocalDate lastDay) {
        return new DisclosureConflict("disclosure.correction-period-expired",
                "The 7 working days for a correction notice ended on " + lastDay, Map.of("lastDay", lastDay));
    }

    /** {@code disclosure.correction-not-lapsed}: the applicant's correction deadline has not passed yet. */
    public static DisclosureConflict correctionNotLapsed(LocalDate dueOn) {
        return new DisclosureConflict("disclosure.correction-not-lapsed",
                "The applicant may correct the request until " + dueOn, Map.of("dueOn", dueOn));
    }

    /** {@code disclosure.extension-already-granted}: Art. 33 allows one extension only. */
    public static DisclosureConflict extensionAlreadyGranted(LocalDate approvedOn) {
        return new DisclosureConflict("disclosure.extension-already-granted",
                "The reply period was already extended on " + approvedOn, Map.of("approvedOn", approvedOn));
    }

    /** {@code disclosure.reply-period-expired}: an extension must be decided while the period still runs. */
    public static DisclosureConflict replyPeriodExpired(LocalDate dueDate) {
        return new DisclosureConflict("disclosure.reply-period-expired",
                "The reply period ended on " + dueDate + "; it can no longer be extended", Map.of("dueDate", dueDate));
    }

    /** {@code disclosure.consultation-open}: a third party is still being consulted (Art. 32). */
    public static DisclosureConflict consultationOpen(String thirdParty) {
        return new DisclosureConflict("disclosure.consultation-open",
                "The consultation of a third party is still open", Map.of("thirdParty", thirdParty));
    }

    /** {@code disclosure.no-open-consultation}: there is no consultation to close. */
    public static DisclosureConflict noOpenConsultation() {
        return new DisclosureConflict("disclosure.no-open-consultation", "No third party is being consulted", Map.of());
    }

    /** {@code disclosure.third-party-period-running}: the third party still has time to answer (Art. 32). */
    public static DisclosureConflict thirdPartyPeriodRunning(LocalDate dueOn) {
        return new DisclosureConflict("disclosure.third-party-period-running",
                "The third party may answer until " + dueOn, Map.of("dueOn", dueOn));
    }

    /** {@code disclosure.fee-already-assessed}: one request is charged by one scale, once (国办函〔2020〕109号). */
    public static DisclosureConflict feeAlreadyAssessed(String scale) {
        return new DisclosureConflict("disclosure.fee-already-assessed",
                "A processing fee was already assessed on this request by scale " + scale, Map.of("scale", scale));
    }

    /** {@code disclosure.already-deferred}: an excessive request is deferred once (Art. 35). */
    public static DisclosureConflict alreadyDeferred(LocalDate deferredUntil) {
        return new DisclosureConflict("disclosure.already-deferred",
                "The reply was already deferred until " + deferredUntil, Map.of("deferredUntil", deferredUntil));
    }

    /** {@code disclosure.challenge-already-decided}: the outcome of a reconsideration or lawsuit is recorded once. */
    public static DisclosureConflict challengeAlreadyDecided(int challenge) {
        return new DisclosureConflict("disclosure.challenge-already-decided",
                "The outcome of challenge " + challenge + " is already recorded", Map.of("challenge", challenge));
    }

    /** {@code disclosure.attachment-review-pending}: attachments whose text cannot be checked wait for a person. */
    public static DisclosureConflict attachmentReviewPending(List<String> attachments) {
        return new DisclosureConflict("disclosure.attachment-review-pending",
                "Attachments wait for a manual review of personal data: " + String.join(", ", attachments),
                Map.of("attachments", List.copyOf(attachments)));
    }

    /** {@code disclosure.attachment-not-found}: the entry has no attachment of that number. */
    public static DisclosureConflict attachmentNotFound(int attachment) {
        return new DisclosureConflict("disclosure.attachment-not-found",
                "The entry has no attachment " + attachment, Map.of("attachment", attachment));
    }
}
