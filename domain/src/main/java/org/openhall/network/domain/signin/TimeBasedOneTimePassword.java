package org.openhall.network.domain.signin;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The time-based one-time password (动态口令) of RFC 6238 over the HOTP of RFC 4226: an HMAC of
 * the number of {@code stepSeconds} periods since the Unix epoch, truncated to {@code digits}
 * decimal digits.
 *
 * <p>{@link #STAFF} is what staff authenticator apps use: HMAC-SHA-1, 6 digits, 30 seconds, a code
 * accepted one step early or late so that a phone clock a little off still works.
 *
 * @param algorithm the JCA name of the HMAC ({@code HmacSHA1}, {@code HmacSHA256}, {@code HmacSHA512})
 * @param digits how many digits a code has (6 to 8)
 * @param stepSeconds how long one code lasts
 * @param tolerance how many steps before or after the current one are still accepted
 */
@ValueObject
public record TimeBasedOneTimePassword(String algorithm, int digits, long stepSeconds, int tolerance) {

    /** The staff second factor: SHA-1, 6 digits, 30 s, ±1 step. */
    public static final TimeBasedOneTimePassword STAFF = new TimeBasedOneTimePassword("HmacSHA1", 6, 30, 1);

    private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

    public TimeBasedOneTimePassword {
        if (digits < 6 || digits > 8 || stepSeconds < 1 || tolerance < 0) {
            throw new IllegalArgumentException("6 to 8 digits, a positive step and a tolerance of at least 0");
        }
    }

    /** The step (time counter T of RFC 6238) that {@code time} falls in. */
    public long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), stepSeconds);
    }

    /** The code of {@code step}, zero-padded to {@code digits}. */
    public String codeAt(TotpSecret secret, long step) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.bytes(), algorithm));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            // Every JDK ships these HMACs; failing here means a broken runtime, not bad input.
            throw new IllegalStateException("HMAC " + algorithm + " is not available", e);
        }
        // Dynamic truncation (RFC 4226 §5.3): four bytes at the offset the last nibble names.
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** The code shown at {@code time}. */
    public String codeAt(TotpSecret secret, Instant time) {
        return codeAt(secret, stepAt(time));
    }

    /**
     * The step whose code {@code code} is, if it is the code of the current step or one within the
     * tolerance; the caller records that step as used so that the code cannot be replayed.
     */
    public OptionalLong matchingStep(TotpSecret secret, String code, Instant now) {
        if (code == null || code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - tolerance; step <= current + tolerance; step++) {
            if (constantTimeEquals(codeAt(secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return java.security.MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
