package org.openhall.shared.adapter.out.persistence.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonalDataKeyRingTest {

    private final String aes = TestKeys.key(32);
    private final String index = TestKeys.key(32);

    @Test
    void refusesToStartWithoutKeysUnlessTheDemoKeysAreExplicitlyAllowed() {
        assertThatThrownBy(() -> PersonalDataKeyRing.of(new PersonalDataProperties(null, null, null, null, false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("allow-demo-keys");

        PersonalDataKeyRing demo = PersonalDataKeyRing.of(new PersonalDataProperties(null, null, null, null, true));
        assertThat(demo.demo()).isTrue();
        assertThat(demo.activeKeyId()).isEqualTo("demo-2026");
    }

    @Test
    void configuredKeysWinOverTheDemoFlag() {
        PersonalDataKeyRing ring = PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", "k1", Map.of("k1", aes), index, true));

        assertThat(ring.demo()).isFalse();
        assertThat(ring.activeKeyId()).isEqualTo("k1");
    }

    @Test
    void refusesAnActiveKeyThatIsMissingOrOfTheWrongSize() {
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", "k2", Map.of("k1", aes), index, false)))
                .hasMessageContaining("active-key");
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("SM4-GCM", "k1", Map.of("k1", aes), index, false)))
                .hasMessageContaining("16 bytes");
    }

    @Test
    void refusesAShortOrMissingIndexKeyABadKeyIdAndAnUnknownAlgorithm() {
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", "k1", Map.of("k1", aes), TestKeys.key(16), false)))
                .hasMessageContaining("index-key");
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", "k1", Map.of("k1", aes), null, false)))
                .hasMessageContaining("index-key");
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", "k:1", Map.of("k:1", aes), index, false)))
                .hasMessageContaining("key id");
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("DES", "k1", Map.of("k1", aes), index, false)))
                .hasMessageContaining("algorithm");
    }
}
