package org.openhall.shared.adapter.out.persistence.personaldata;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** Fresh random keys for cipher tests: no test depends on a key written down anywhere. */
final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    static String key(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static PersonalDataCipher cipher(String algorithm, String active, Map<String, String> keys, String indexKey) {
        return new PersonalDataCipher(
                PersonalDataKeyRing.of(new PersonalDataProperties(algorithm, active, keys, indexKey, null, false)));
    }
}
