package org.openhall.shared.domain.identity;

import java.util.Locale;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The unified social credit code of an organisation (统一社会信用代码): 18 characters per
 * GB 32100-2015, on every business licence and registration certificate.
 *
 * <p>Layout: registration authority (1), organisation category (1), administrative division
 * of the registration authority (6 digits), organisation code (9), check character (1).
 * Characters come from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z), valued
 * 0 to 30 in that order. The check character is the one valued 31 − (Σ value × weight mod 31),
 * 31 taken as 0, with weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 (3^i mod 31).
 *
 * <p>Some codes issued early in the changeover fail the checksum and are nevertheless
 * genuine, as the registration authority's records show. Such a code is accepted only
 * through {@link #waivingChecksum}, after a person checked it and the override was audited;
 * the value then carries {@code checksumWaived = true} wherever it goes. A code that passes
 * the checksum never carries the waiver.
 *
 * <p>Invariants: 18 characters of the set above (lower case accepted and stored upper
 * case), characters 3 to 8 digits, and the check character matching unless waived.
 *
 * @param value the 18 characters
 * @param checksumWaived whether the code fails the checksum and was accepted by override
 */
@ValueObject
public record UnifiedSocialCreditCode(String value, boolean checksumWaived) {

    /** The outcome of {@link #check}: whether a string is a code, and if not, in which way. */
    public enum ValidationResult {

        /** Well formed with a matching check character. */
        VALID,

        /** Not a code at all: wrong length, a character outside the set, or a non-numeric division code. */
        MALFORMED,

        /** Well formed, but the check character does not match: a typo, or one of the early codes. */
        CHECKSUM_MISMATCH
    }

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String FIELD = "unifiedSocialCreditCode";

    public UnifiedSocialCreditCode {
        value = normalise(value);
        switch (check(value)) {
            case VALID -> checksumWaived = false;
            case MALFORMED -> throw new InvalidValue(FIELD,
                    "must be 18 characters of " + CHARACTERS + ", characters 3 to 8 digits");
            case CHECKSUM_MISMATCH -> {
                if (!checksumWaived) {
                    throw new InvalidValue(FIELD, "the check character does not match");
                }
            }
        }
    }

    /** A code that must pass the checksum. */
    public UnifiedSocialCreditCode(String value) {
        this(value, false);
    }

    /** Parses {@code value}, which must be well formed and pass the checksum. */
    public static UnifiedSocialCreditCode parse(String value) {
        return new UnifiedSocialCreditCode(value);
    }

    /**
     * Accepts a well-formed code whose check character does not match, after a person has
     * confirmed it with the registration authority. The caller records who and why.
     */
    public static UnifiedSocialCreditCode waivingChecksum(String value) {
        return new UnifiedSocialCreditCode(value, true);
    }

    /** Whether {@code value} is a valid code, malformed, or well formed with a wrong check character. */
    public static ValidationResult check(String value) {
        String code = normalise(value);
        if (code == null || code.length() != 18) {
            return ValidationResult.MALFORMED;
        }
        for (int i = 0; i < 18; i++) {
            char character = code.charAt(i);
            boolean fits = i >= 2 && i <= 7 ? character >= '0' && character <= '9' : CHARACTERS.indexOf(character) >= 0;
            if (!fits) {
                return ValidationResult.MALFORMED;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17)
                ? ValidationResult.VALID
                : ValidationResult.CHECKSUM_MISMATCH;
    }

    /** The GB 32100 check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new InvalidValue(FIELD, "a check character is computed from exactly 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int characterValue = CHARACTERS.indexOf(first17.charAt(i));
            if (characterValue < 0) {
                throw new InvalidValue(FIELD, "character " + (i + 1) + " is not one of " + CHARACTERS);
            }
            sum += characterValue * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /** The administrative division code of the registration authority, e.g. {@code 451381}. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    private static String normalise(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return checksumWaived ? value + " (checksum waived)" : value;
    }
}
