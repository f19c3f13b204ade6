package org.openhall.network.domain;

import java.util.Map;

import org.openhall.shared.domain.InvalidValue;

/** The rules for free text the network keeps (names, addresses, hours, reasons): stripped, bounded. */
final class Text {

    private Text() {
    }

    /** {@code value} stripped; refused when blank or longer than {@code max} characters. */
    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "must not be blank");
        }
        return bounded(field, value.strip(), max);
    }

    /** {@code value} stripped, or {@code null} when absent or blank; refused when longer than {@code max}. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(field, value.strip(), max);
    }

    private static String bounded(String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            throw new InvalidValue(field, "must be at most " + max + " characters", Map.of("max", max));
        }
        return value;
    }
}
