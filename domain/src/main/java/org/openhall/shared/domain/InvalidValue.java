package org.openhall.shared.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value handed to the domain is not acceptable: the field it came in and the reason.
 *
 * <p>Value objects throw this from their constructors instead of
 * {@link IllegalArgumentException} so that the web layer can point at the offending field.
 * The rejected value itself is deliberately not carried: it may be personal data.
 */
public final class InvalidValue extends DomainProblem {

    public static final String CODE = "value.invalid";

    public InvalidValue(String field, String reason) {
        this(field, reason, Map.of());
    }

    /**
     * With further message arguments, e.g. the limit that was exceeded; they follow
     * {@code field} and {@code reason} in the details and must not carry personal data.
     */
    public InvalidValue(String field, String reason, Map<String, Object> more) {
        super(CODE, ProblemKind.BAD_REQUEST, field + ": " + reason, details(field, reason, more));
    }

    /** The name of the field (or component) that was rejected. */
    public String field() {
        return (String) details().get("field");
    }

    /** Why it was rejected, in English. */
    public String reason() {
        return (String) details().get("reason");
    }

    private static Map<String, Object> details(String field, String reason, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.put("reason", reason);
        more.forEach(details::putIfAbsent);
        return details;
    }
}
