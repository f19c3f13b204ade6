package org.openhall.shared.adapter.out.persistence.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal data (ID numbers, phone numbers) for storage and opens it again; computes the keyed
 * blind index (盲索引) that exact-match search uses instead of the value. The one piece every
 * persistence adapter that stores such a value uses (docs/security.md, "Personal data").
 *
 * <p>A sealed value is text: {@code pd1:<algorithm>:<key id>:<base64 of nonce, ciphertext and tag>}. The
 * header names the key and algorithm so that values sealed under an older key stay readable while the
 * rotation re-seals them, and it is authenticated (GCM additional data): a value whose header or body was
 * changed in the database fails to open instead of opening as something else.
 *
 * <p>{@link #open} also passes through values that do not carry the header: rows written before
 * sealing existed, which the rotation ({@link PersonalDataRotation}) seals on its next run.
 */
public final class PersonalDataCipher {

    static final String PREFIX = "pd1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeyRing ring;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataKeyRing ring) {
        this.ring = ring;
    }

    /** The value sealed under the active key; {@code null} stays {@code null}. */
    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        SealingAlgorithm algorithm = ring.algorithm();
        String header = header(algorithm, ring.activeKeyId());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = algorithm.newCipher();
            cipher.init(Cipher.ENCRYPT_MODE, key(algorithm, ring.activeKeyId()), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] body = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, body, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, body, NONCE_BYTES, sealed.length);
            return header + Base64.getEncoder().encodeToString(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data cannot be sealed with " + algorithm.label(), e);
        }
    }

    /** The plain value of a stored one; {@code null} stays {@code null}, values without header pass through. */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        String[] parts = stored.split(":", 4);
        if (parts.length != 4) {
            throw new PersonalDataUnreadable("malformed header");
        }
        SealingAlgorithm algorithm = SealingAlgorithm.ofCode(parts[1]);
        String header = header(algorithm, parts[2]);
        byte[] body;
        try {
            body = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException notBase64) {
            throw new PersonalDataUnreadable("malformed body");
        }
        if (body.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new PersonalDataUnreadable("truncated body");
        }
        try {
            Cipher cipher = algorithm.newCipher();
            cipher.init(Cipher.DECRYPT_MODE, key(algorithm, parts[2]),
                    new GCMParameterSpec(TAG_BITS, body, 0, NONCE_BYTES));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(body, NONCE_BYTES, body.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException tampered) {
            throw new PersonalDataUnreadable("authentication failed under key " + parts[2], tampered);
        } catch (GeneralSecurityException e) {
            throw new PersonalDataUnreadable("cipher failure under key " + parts[2], e);
        }
    }

    /**
     * The blind index of a value: hex HMAC-SHA256, under the index key, of the kind and the normalised
     * value. Equal values (after normalisation) have equal indexes; without the index key nobody can
     * compute one, so a dump does not allow guessing the 10^8 phone numbers of an area.
     */
    public String blindIndex(PersonalDataKind kind, String value) {
        return value == null ? null : blindIndex(ring.indexKey(), kind, value);
    }

    /**
     * Every blind index a stored value may carry: under the index key and, during an index-key rotation,
     * under each previous key. Exact-match search looks for any of them ({@code index IN (…)}), so that it
     * keeps finding rows that {@code personal-data reindex} has not reached yet. Never empty.
     */
    public List<String> blindIndexes(PersonalDataKind kind, String value) {
        if (value == null) {
            throw new IllegalArgumentException("a search needs a value");
        }
        List<String> indexes = new ArrayList<>();
        indexes.add(blindIndex(ring.indexKey(), kind, value));
        for (byte[] previous : ring.previousIndexKeys()) {
            indexes.add(blindIndex(previous, kind, value));
        }
        return List.copyOf(indexes);
    }

    private static String blindIndex(byte[] key, PersonalDataKind kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(kind.name().getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) ':');
            return HexFormat.of().formatHex(mac.doFinal(kind.normalise(value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether a stored value is sealed under the active key and algorithm (the rotation's criterion). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(currentHeader());
    }

    /** The header every value sealed now starts with, e.g. {@code pd1:aes:k2026:}. */
    public String currentHeader() {
        return header(ring.algorithm(), ring.activeKeyId());
    }

    /** The header of values sealed under a key, with any algorithm: {@code pd1:} + code + {@code :id:}. */
    static String header(SealingAlgorithm algorithm, String keyId) {
        return PREFIX + algorithm.code() + ":" + keyId + ":";
    }

    /** The keys this cipher holds. */
    public PersonalDataKeyRing keyRing() {
        return ring;
    }

    private SecretKeySpec key(SealingAlgorithm algorithm, String keyId) {
        byte[] key = ring.key(keyId);
        if (key.length != algorithm.keyBytes()) {
            throw new PersonalDataUnreadable("key " + keyId + " does not fit " + algorithm.label());
        }
        return new SecretKeySpec(key, algorithm.keyAlgorithm());
    }
}
