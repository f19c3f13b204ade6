package org.openhall.servicecase.domain;

import org.openhall.shared.domain.InvalidValue;

/** Checks of the free texts a case records: the law wants reasons written down, not blank. */
final class Texts {

    static final int MAX = 2000;

    private Texts() {
    }

    static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue(field, "must not be blank");
        }
        return limited(field, text.strip());
    }

    static String optional(String field, String text) {
        return text == null || text.isBlank() ? null : limited(field, text.strip());
    }

    static <T> T given(String field, T value) {
        if (value == null) {
            throw new InvalidValue(field, "must be given");
        }
        return value;
    }

    private static String limited(String field, String text) {
        if (text.length() > MAX) {
            throw new InvalidValue(field, "must not be longer than " + MAX + " characters");
        }
        return text;
    }
}
