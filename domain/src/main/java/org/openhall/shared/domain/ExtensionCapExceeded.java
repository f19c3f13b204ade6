package org.openhall.shared.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An extension of a time limit (延长期限) would take the granted extensions past what the law allows.
 *
 * <p>Example: Administrative Licensing Law Art. 42 lets the head of the agency extend the
 * 20-working-day limit once, by at most 10 working days; a joint handling's 45 days by at
 * most 15. Asking for more is refused, not trimmed: the clerk must see the cap.
 */
public final class ExtensionCapExceeded extends DomainProblem {

    public static final String CODE = "clock.extension-cap-exceeded";

    public ExtensionCapExceeded(int cap, int requested, int alreadyGranted) {
        super(CODE, ProblemKind.UNPROCESSABLE,
                "An extension of %d working days is refused: %d already granted, at most %d allowed"
                        .formatted(requested, alreadyGranted, cap),
                details(cap, requested, alreadyGranted));
    }

    public int cap() {
        return (int) details().get("cap");
    }

    public int requested() {
        return (int) details().get("requested");
    }

    public int alreadyGranted() {
        return (int) details().get("alreadyGranted");
    }

    private static Map<String, Object> details(int cap, int requested, int alreadyGranted) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cap", cap);
        details.put("requested", requested);
        details.put("alreadyGranted", alreadyGranted);
        return details;
    }
}
