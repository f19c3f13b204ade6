package org.openhall.shared.adapter.out.persistence.personaldata;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How personal data (个人信息) is sealed at rest: {@code openhall.personal-data.*}. Keys come from
 * configuration only (environment, a secrets file mounted by the operator), never from the database.
 *
 * @param algorithm the algorithm new values are sealed with: {@code AES-GCM} (AES-256) or {@code SM4-GCM}
 * @param activeKey the id of the key new values are sealed with
 * @param keys every key that may still be needed to open stored values: id → base64 key (32 bytes for
 *        AES-256, 16 bytes for SM4); an old key may be dropped once the rotation reports no value under it
 * @param indexKey the base64 HMAC-SHA256 key of the blind index (at least 32 bytes); separate from the
 *        sealing keys and not rotated with them
 * @param previousIndexKeys earlier index keys, during an index-key rotation only: exact-match search also
 *        looks under them until {@code personal-data reindex} has recomputed every index with
 *        {@code indexKey}; then they are removed
 * @param allowDemoKeys whether the built-in demo keys may be used when no keys are configured: only for
 *        the demo county on the bundled database, never in production
 */
@ConfigurationProperties("openhall.personal-data")
public record PersonalDataProperties(String algorithm, String activeKey, Map<String, String> keys, String indexKey,
        List<String> previousIndexKeys, boolean allowDemoKeys) {

    public PersonalDataProperties {
        algorithm = algorithm == null || algorithm.isBlank() ? SealingAlgorithm.AES_GCM.label() : algorithm;
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        previousIndexKeys = previousIndexKeys == null ? List.of() : List.copyOf(previousIndexKeys);
    }

    /** Whether the operator configured keys of their own. */
    boolean hasKeys() {
        return !keys.isEmpty() || (indexKey != null && !indexKey.isBlank());
    }
}
