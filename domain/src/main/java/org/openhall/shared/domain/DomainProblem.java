package org.openhall.shared.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A failure that the domain reports on purpose: a rule was broken, not a bug.
 *
 * <p>Every problem has a stable dotted {@linkplain #code() code} (e.g.
 * {@code clock.extension-cap-exceeded}) that clients and message bundles key on, a
 * {@linkplain #kind() kind} that adapters map to their own status vocabulary, and
 * {@linkplain #details() details}: the arguments of the message in the order they read.
 * The English {@linkplain #getMessage() message} is a default for logs and developers;
 * what a citizen or clerk sees is rendered from code and details.
 *
 * <p>Details must never carry personal data (identity numbers, names, phone numbers):
 * problems end up in logs.
 */
public abstract class DomainProblem extends RuntimeException {

    private final String code;
    private final ProblemKind kind;
    private final Map<String, Object> details;

    protected DomainProblem(String code, ProblemKind kind, String defaultMessage, Map<String, Object> details) {
        super(Objects.requireNonNull(defaultMessage, "defaultMessage"));
        this.code = requireCode(code);
        this.kind = Objects.requireNonNull(kind, "kind");
        // A copy keeps the caller's order (message arguments read in order) and freezes it.
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(details, "details")));
    }

    /** The stable, dotted identifier of this problem, e.g. {@code value.invalid}. */
    public String code() {
        return code;
    }

    /** What kind of failure this is. */
    public ProblemKind kind() {
        return kind;
    }

    /** The message arguments, in insertion order; unmodifiable. */
    public Map<String, Object> details() {
        return details;
    }

    private static String requireCode(String code) {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+")) {
            throw new IllegalArgumentException("a problem code is dotted lower-case kebab words, not: " + code);
        }
        return code;
    }
}
