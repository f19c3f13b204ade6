package org.openhall.shared.domain.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A mainland China phone number (联系电话) to reach an applicant: a mobile number or a
 * landline with its area code.
 *
 * <p>Mobile numbers are 11 digits, {@code 1[3-9]} then 9 digits; a leading {@code +86} is
 * dropped. Landlines are a trunk-prefixed area code and a local number starting 2–9: the
 * three-digit area codes (010 and 02x, the largest cities) take 8-digit local numbers, the
 * four-digit ones (03xx to 09xx) 7 or 8 digits. Spaces, hyphens and brackets are ignored
 * on entry; a landline is stored as {@code area-local}, e.g. {@code 0772-4212345}.
 */
@ValueObject
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0(?:10|2\\d))([2-9]\\d{7})|(0[3-9]\\d{2})([2-9]\\d{6,7})");
    private static final String FIELD = "phoneNumber";

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(FIELD, "must not be blank");
        }
        String digits = value.replaceAll("[\\s()\\-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        Matcher landline = LANDLINE.matcher(digits);
        if (MOBILE.matcher(digits).matches()) {
            value = digits;
        } else if (landline.matches()) {
            value = landline.group(1) != null
                    ? landline.group(1) + "-" + landline.group(2)
                    : landline.group(3) + "-" + landline.group(4);
        } else {
            throw new InvalidValue(FIELD, "must be a mobile number (1[3-9] and 9 digits) or a landline with area code");
        }
    }

    public boolean isMobile() {
        return value.charAt(0) == '1';
    }

    /**
     * Middle digits starred: a mobile keeps its first 3 and last 4 ({@code 138****1234}), a
     * landline its area code and last 4 ({@code 0772-***2345}).
     */
    public String masked() {
        if (isMobile()) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        int hyphen = value.indexOf('-');
        int local = value.length() - hyphen - 1;
        return value.substring(0, hyphen + 1) + "*".repeat(local - 4) + value.substring(value.length() - 4);
    }

    /** Masked, so that the number never lands in a log by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
