package org.openhall.network.domain.signin;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The shared secret of a staff member's authenticator app (动态口令密钥), written in Base32 as
 * authenticator apps expect it (RFC 4648, no padding).
 *
 * <p>Invariant: at least 16 bytes (128 bits, RFC 4226's minimum) and at most 64.
 */
@ValueObject
public final class TotpSecret {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int MIN_BYTES = 16;
    private static final int MAX_BYTES = 64;

    private final byte[] key;

    private TotpSecret(byte[] key) {
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new InvalidValue("totpSecret", "must hold 16 to 64 bytes");
        }
        this.key = key.clone();
    }

    /** A secret of the given raw bytes (20 random bytes is what authenticator apps expect). */
    public static TotpSecret ofBytes(byte[] key) {
        return new TotpSecret(key);
    }

    /** Reads a Base32 secret; spaces and lower case, as people copy them, are accepted. */
    public static TotpSecret ofBase32(String text) {
        if (text == null) {
            throw new InvalidValue("totpSecret", "must not be blank");
        }
        String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new InvalidValue("totpSecret", "must be Base32 (A–Z, 2–7)");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return new TotpSecret(out.toByteArray());
    }

    /** The key the HMAC is computed with; a copy. */
    public byte[] bytes() {
        return key.clone();
    }

    /** The secret in Base32 without padding, as an {@code otpauth://} URI carries it. */
    public String base32() {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : key) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    /** Never the secret itself: it must not reach a log. */
    @Override
    public String toString() {
        return "TotpSecret[" + key.length + " bytes]";
    }
}
