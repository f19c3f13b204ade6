package org.openhall.notification.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.ResidentIdNumber;

/**
 * Refuses variable values that must not travel in a text message: links (运营商禁止变量含链接; the
 * portal address belongs in the approved template text), resident identity numbers (18 characters
 * with a valid GB 11643 check character) and full mobile numbers. Names are passed masked (张*) by
 * whoever supplies them; a masked phone (138****1234) passes.
 */
final class VariableGuard {

    private static final Pattern URL = Pattern.compile(
            "(?i)(https?://|www\\.|[a-z0-9-]+\\.(cn|com|net|org|gov|top|xyz|info|cc)(/|\\b))");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9Xx])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(\\+?86)?1[3-9][0-9]{9}(?![0-9])");

    private VariableGuard() {
    }

    // A tracking number may have 18 digits too; only the GB 11643 check character tells them apart.
    private static boolean isResidentIdNumber(String candidate) {
        try {
            new ResidentIdNumber(candidate);
            return true;
        } catch (InvalidValue notOne) {
            return false;
        }
    }

    /** What the value looks like if it may not be sent ({@code link}, {@code id-number}, {@code phone-number}). */
    static Optional<String> forbiddenKind(String value) {
        String compact = value.replaceAll("[\\s-]", "");
        if (URL.matcher(value).find()) {
            return Optional.of("link");
        }
        Matcher id = ID_NUMBER.matcher(compact);
        while (id.find()) {
            if (isResidentIdNumber(id.group())) {
                return Optional.of("id-number");
            }
        }
        if (MOBILE.matcher(compact).find()) {
            return Optional.of("phone-number");
        }
        return Optional.empty();
    }
}
