package org.openhall.shared.adapter.out.persistence.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys of the personal-data cipher, checked once at start: the sealing keys by id, the active
 * one and the algorithm it seals with, and the separate blind-index key. A bad configuration stops
 * the application before it writes anything.
 *
 * <p>Without configured keys the ring falls back to the demo keys only when that is explicitly
 * allowed ({@code allow-demo-keys}, set for the bundled demo database): the demo keys are derived
 * from public phrases and protect nothing.
 */
public final class PersonalDataKeyRing {

    /** Key ids go into every sealed value between {@code :} separators. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int MIN_INDEX_KEY_BYTES = 32;
    static final String DEMO_KEY_ID = "demo-2026";

    private final SealingAlgorithm algorithm;
    private final String activeKeyId;
    private final Map<String, byte[]> keys;
    private final byte[] indexKey;
    private final List<byte[]> previousIndexKeys;
    private final boolean demo;

    private PersonalDataKeyRing(SealingAlgorithm algorithm, String activeKeyId, Map<String, byte[]> keys,
            byte[] indexKey, List<byte[]> previousIndexKeys, boolean demo) {
        this.algorithm = algorithm;
        this.activeKeyId = activeKeyId;
        this.keys = keys;
        this.indexKey = indexKey;
        this.previousIndexKeys = previousIndexKeys;
        this.demo = demo;
    }

    /** The ring the configuration describes, or an {@link IllegalStateException} that says what is wrong. */
    public static PersonalDataKeyRing of(PersonalDataProperties p) {
        SealingAlgorithm algorithm = SealingAlgorithm.ofLabel(p.algorithm());
        if (!p.hasKeys()) {
            if (!p.allowDemoKeys()) {
                throw new IllegalStateException("No personal-data keys are configured: set "
                        + "openhall.personal-data.active-key, openhall.personal-data.keys.<id> and "
                        + "openhall.personal-data.index-key (see docs/security.md); the demo keys are only "
                        + "allowed with openhall.personal-data.allow-demo-keys=true");
            }
            return demo(algorithm);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        p.keys().forEach((id, base64) -> keys.put(checkedId(id), decode("keys." + id, base64)));
        if (p.activeKey() == null || !keys.containsKey(p.activeKey())) {
            throw new IllegalStateException("openhall.personal-data.active-key must name one of the configured keys "
                    + keys.keySet() + ", not " + p.activeKey());
        }
        if (keys.get(p.activeKey()).length != algorithm.keyBytes()) {
            throw new IllegalStateException("openhall.personal-data.keys." + p.activeKey() + " must be "
                    + algorithm.keyBytes() + " bytes for " + algorithm.label());
        }
        if (p.indexKey() == null || p.indexKey().isBlank()) {
            throw new IllegalStateException("openhall.personal-data.index-key is required");
        }
        byte[] indexKey = indexKey("index-key", p.indexKey());
        List<byte[]> previous = new ArrayList<>();
        for (int i = 0; i < p.previousIndexKeys().size(); i++) {
            byte[] earlier = indexKey("previous-index-keys[" + i + "]", p.previousIndexKeys().get(i));
            if (Arrays.equals(earlier, indexKey)) {
                throw new IllegalStateException("openhall.personal-data.previous-index-keys[" + i
                        + "] is the index key itself: list only the keys it replaces");
            }
            previous.add(earlier);
        }
        return new PersonalDataKeyRing(algorithm, p.activeKey(), Map.copyOf(keys), indexKey, List.copyOf(previous),
                false);
    }

    private static byte[] indexKey(String name, String base64) {
        byte[] key = decode(name, base64);
        if (key.length < MIN_INDEX_KEY_BYTES) {
            throw new IllegalStateException("openhall.personal-data." + name + " must be at least " + MIN_INDEX_KEY_BYTES
                    + " bytes");
        }
        return key;
    }

    private static PersonalDataKeyRing demo(SealingAlgorithm algorithm) {
        byte[] key = sha256("OpenHall demo personal-data sealing key: public, protects nothing");
        byte[] sized = Arrays.copyOf(key, algorithm.keyBytes());
        byte[] index = sha256("OpenHall demo blind-index key: public, protects nothing");
        return new PersonalDataKeyRing(algorithm, DEMO_KEY_ID, Map.of(DEMO_KEY_ID, sized), index, List.of(), true);
    }

    private static String checkedId(String id) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException("personal-data key id '" + id + "' must be 1-32 of A-Z a-z 0-9 _ -");
        }
        return id;
    }

    private static byte[] decode(String name, String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("openhall.personal-data." + name + " is not base64");
        }
    }

    private static byte[] sha256(String phrase) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(phrase.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    SealingAlgorithm algorithm() {
        return algorithm;
    }

    /** The id of the key new values are sealed with. */
    public String activeKeyId() {
        return activeKeyId;
    }

    /** Every key id that can still be opened. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** Whether these are the public demo keys. */
    public boolean demo() {
        return demo;
    }

    byte[] key(String id) {
        byte[] key = keys.get(id);
        if (key == null) {
            throw new PersonalDataUnreadable("key " + id + " is not configured");
        }
        return key;
    }

    byte[] indexKey() {
        return indexKey;
    }

    /** The index keys being rotated away from, newest first; empty outside an index-key rotation. */
    List<byte[]> previousIndexKeys() {
        return previousIndexKeys;
    }
}
