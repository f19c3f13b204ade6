package org.openhall.notification.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses variable values that must not travel in a text message: links (运营商禁止变量含链接; the
 * portal address belongs in the approved template text), resident identity numbers (18 characters
 * per GB 11643, or the old 15 digits) and full mobile numbers. Names are passed masked (张*) by
 * whoever supplies them; a masked phone (138****1234) passes.
 */
final class VariableGuard {

    private static final Pattern URL = Pattern.compile(
            "(?i)(https?://|www\\.|[a-z0-9-]+\\.(cn|com|net|org|gov|top|xyz|info|cc)(/|\\b))");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([1-9][0-9]{16}[0-9Xx]|[1-9][0-9]{14})(?![0-9Xx])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(\\+?86)?1[3-9][0-9]{9}(?![0-9])");

    private VariableGuard() {
    }

    /** What the value looks like if it may not be sent ({@code link}, {@code id-number}, {@code phone-number}). */
    static Optional<String> forbiddenKind(String value) {
        String compact = value.replaceAll("[\\s-]", "");
        if (URL.matcher(value).find()) {
            return Optional.of("link");
        }
        if (ID_NUMBER.matcher(compact).find()) {
            return Optional.of("id-number");
        }
        if (MOBILE.matcher(compact).find()) {
            return Optional.of("phone-number");
        }
        return Optional.empty();
    }
}
