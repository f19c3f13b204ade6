package org.openhall.complaint.domain.rating;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import org.openhall.shared.domain.InvalidValue;

/**
 * A rating code (评价码): the secret the applicant receives to rate one service event on the portal, by SMS
 * or in the app. Twenty-five letters drawn by a {@link SecureRandom} from 24 (no I or O, which read as
 * digits): about 114 bits, too many to guess. Letters only, so that no run of digits ever looks like a phone
 * number to the SMS guard. Only its {@link #hash() hash} is stored.
 */
public final class RatingCode {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 25;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private RatingCode(String value) {
        this.value = value;
    }

    /** A new random code. */
    public static RatingCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return new RatingCode(code.toString());
    }

    /** The code as typed by the rater: case and dashes or spaces between groups do not matter. */
    public static RatingCode parse(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> new String(ALPHABET).indexOf(c) >= 0)) {
            throw new InvalidValue("code", "is not a rating code");
        }
        return new RatingCode(compact);
    }

    /** The code in groups of five, as printed and texted: ABCDE-FGHJK-…. */
    public String grouped() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < LENGTH; i += 5) {
            out.append(i == 0 ? "" : "-").append(value, i, i + 5);
        }
        return out.toString();
    }

    /** What is stored to find the invitation again: SHA-256 of the code, in hex. */
    public String hash() {
        return sha256(value);
    }

    /**
     * A hash of {@code text} keyed with this code: the applicant's phone is stored only this way, so that the
     * stored rows alone (without the code, which is never stored) do not give the number away.
     */
    String keyedHash(String text) {
        return sha256(value + ":" + text);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** Never the code itself: it must not land in a log. */
    @Override
    public String toString() {
        return "RatingCode[" + value.substring(0, 2) + "…]";
    }
}
