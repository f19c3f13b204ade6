package org.openhall.disclosure.domain.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/**
 * A record the law requires to be complete lacks a field (HTTP 422), naming the field: a reply
 * of a type that must say something (where already-public information is found, the reasons of a
 * refusal, …), or an extension without its approver or the notice to the applicant.
 */
public final class IncompleteRecord extends DomainProblem {

    private IncompleteRecord(String code, String defaultMessage, Map<String, Object> details) {
        super(code, ProblemKind.UNPROCESSABLE, defaultMessage, details);
    }

    /** {@code disclosure.reply-incomplete}: a reply of {@code replyType} must state {@code field} (Arts. 35–37). */
    public static IncompleteRecord reply(String replyType, String field) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("replyType", replyType);
        details.put("field", field);
        return new IncompleteRecord("disclosure.reply-incomplete",
                "A reply of type " + replyType + " must state " + field, details);
    }

    /** {@code disclosure.extension-incomplete}: an extension needs its approver and the notice to the applicant (Art. 33). */
    public static IncompleteRecord extension(String field) {
        return new IncompleteRecord("disclosure.extension-incomplete",
                "An extension of the reply period must record " + field, Map.of("field", field));
    }

    /** {@code disclosure.fee-incomplete}: the per-page scale needs the number of pages. */
    public static IncompleteRecord fee(String field) {
        return new IncompleteRecord("disclosure.fee-incomplete",
                "A processing fee by this scale needs " + field, Map.of("field", field));
    }

    /** {@code disclosure.unknown-category}: catalog entries are filed under a category of the disclosure guide. */
    public static IncompleteRecord unknownCategory(String category) {
        return new IncompleteRecord("disclosure.unknown-category",
                "The disclosure guide has no category " + category, Map.of("category", category));
    }
}
