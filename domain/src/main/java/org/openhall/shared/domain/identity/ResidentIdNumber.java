package org.openhall.shared.domain.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A citizen identity number (公民身份号码) as printed on the resident identity card (居民身份证):
 * 18 characters per GB 11643-1999.
 *
 * <p>Layout: 6-digit address code (administrative division where first registered), 8-digit
 * birth date {@code yyyyMMdd}, 3-digit sequence (odd for men, even for women), 1 check
 * character. The check character is ISO 7064 MOD 11-2: the first 17 digits weighted
 * 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 (2^(17−i) mod 11), the sum mod 11 indexing
 * {@code "10X98765432"}.
 *
 * <p>Invariants: 17 digits and a digit or {@code X}; a lower-case {@code x} is accepted and
 * stored upper case; the birth date is a real date not before 1800 (no living person was
 * born earlier, so anything before is a typo); the check character matches.
 */
@ValueObject
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final String FIELD = "residentIdNumber";

    public ResidentIdNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(FIELD, "must not be blank");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!value.matches("\\d{17}[\\dX]")) {
            throw new InvalidValue(FIELD, "must be 17 digits followed by a digit or X");
        }
        if (birthDateOf(value) == null) {
            throw new InvalidValue(FIELD, "characters 7 to 14 must be a real birth date");
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new InvalidValue(FIELD, "the check character does not match");
        }
    }

    /** Parses {@code value}; the same as the constructor, named for symmetry with other codes. */
    public static ResidentIdNumber parse(String value) {
        return new ResidentIdNumber(value);
    }

    /** The GB 11643 check character for the first 17 digits of a number. */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits == null || !first17Digits.matches("\\d{17}")) {
            throw new InvalidValue(FIELD, "a check character is computed from exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The date of birth encoded in the number. */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The address code of first registration (6 digits), e.g. {@code 451381}. */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /** The last four characters, which clerks read out to confirm an identity. */
    public String lastFour() {
        return value.substring(14);
    }

    /** First four and last four kept, the rest starred: {@code 4513**********123X}. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + lastFour();
    }

    /** Masked, so that the number never lands in a log by accident. */
    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDateOf(String value) {
        int year = Integer.parseInt(value.substring(6, 10));
        int month = Integer.parseInt(value.substring(10, 12));
        int day = Integer.parseInt(value.substring(12, 14));
        if (year < 1800) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return null;
        }
    }
}
