package org.openhall.complaint.domain.hotline;

import java.util.Optional;

import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * Reads a presented caller number (主叫号码) as the phone number an applicant would have given.
 * Networks present numbers with prefixes that nobody writes on a form: a country code without the
 * plus ({@code 86…}, {@code 0086…}) and, for a mobile from outside the local area, the trunk
 * prefix {@code 0} ({@code 013800138000}); both are dropped. Internal extensions, "anonymous" and
 * other non-numbers are no phone number at all.
 */
public final class CallerNumber {

    private CallerNumber() {
    }

    /** The phone number behind {@code presented}, or empty when it is none. */
    public static Optional<PhoneNumber> phoneOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        String digits = presented.replaceAll("[\\s()\\-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        if (digits.matches("01[3-9]\\d{9}")) {
            digits = digits.substring(1);
        }
        try {
            return Optional.of(new PhoneNumber(digits));
        } catch (InvalidValue notAPhone) {
            return Optional.empty();
        }
    }

    /** {@code presented} masked as a phone number is, or starred whole when it is none. */
    public static String masked(String presented) {
        if (presented == null) {
            return null;
        }
        return phoneOf(presented).map(PhoneNumber::masked).orElse("*".repeat(Math.min(presented.length(), 8)));
    }
}
