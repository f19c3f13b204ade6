package org.openhall.participation.domain;

import org.openhall.shared.domain.InvalidValue;

/** The checks every free text of this context passes: given, not blank, not longer than its field allows. */
final class Texts {

    private Texts() {
    }

    /** {@code value} stripped; refused when missing, blank or longer than {@code maxLength} characters. */
    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "must not be blank");
        }
        return limited(field, value.strip(), maxLength);
    }

    /** {@code value} stripped, or {@code null} when missing or blank; refused when too long. */
    static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(field, value.strip(), maxLength);
    }

    private static String limited(String field, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidValue(field, "must not be longer than " + maxLength + " characters");
        }
        return value;
    }
}
