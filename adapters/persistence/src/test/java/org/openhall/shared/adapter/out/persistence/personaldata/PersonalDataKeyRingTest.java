package org.openhall.shared.adapter.out.persistence.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonalDataKeyRingTest {

    private final String aes = TestKeys.key(32);
    private final String index = TestKeys.key(32);

    @Test
    void refusesToStartWithoutKeysUnlessTheDemoKeysAreExplicitlyAllowed() {
        assertThatThrownBy(() -> PersonalDataKeyRing.of(new PersonalDataProperties(null, null, null, null, null, false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("allow-demo-keys");

        PersonalDataKeyRing demo = PersonalDataKeyRing.of(new PersonalDataProperties(null, null, null, null, null, true));
        assertThat(demo.demo()).isTrue();
        assertThat(demo.activeKeyId()).isEqualTo("demo-2026");
    }

    @Test
    void configuredKeysWinOverTheDemoFlag() {
        PersonalDataKeyRing ring = PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", "k1", Map.of("k1", aes), index, null, true));

        assertThat(ring.demo()).isFalse();
        assertThat(ring.activeKeyId()).isEqualTo("k1");
    }

    @Test
    void refusesAnActiveKeyThatIsMissingOrOfTheWrongSize() {
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", "k2", Map.of("k1", aes), index, null, false)))
                .hasMessageContaining("active-key");
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("SM4-GCM", "k1", Map.of("k1", aes), index, null, false)))
                .hasMessageContaining("16 bytes");
    }

    @Test
    void refusesAShortOrMissingIndexKeyABadKeyIdAndAnUnknownAlgorithm() {
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", "k1", Map.of("k1", aes), TestKeys.key(16), null, false)))
                .hasMessageContaining("index-key");
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", "k1", Map.of("k1", aes), null, null, false)))
                .hasMessageContaining("index-key");
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", "k:1", Map.of("k:1", aes), index, null, false)))
                .hasMessageContaining("key id");
        assertThatThrownBy(() -> PersonalDataKeyRing.of(
                new PersonalDataProperties("DES", "k1", Map.of("k1", aes), index, null, false)))
                .hasMessageContaining("algorithm");
    }

    @Test
    void previousIndexKeysAreCheckedLikeTheIndexKeyAndNeverRepeatIt() {
        String aes = TestKeys.key(32);
        String index = TestKeys.key(32);
        assertThatThrownBy(() -> PersonalDataKeyRing.of(new PersonalDataProperties("AES-GCM", "k1", Map.of("k1", aes),
                index, List.of(TestKeys.key(16)), false))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("previous-index-keys[0]");
        assertThatThrownBy(() -> PersonalDataKeyRing.of(new PersonalDataProperties("AES-GCM", "k1", Map.of("k1", aes),
                index, List.of(index), false))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is the index key itself");
    }
}
