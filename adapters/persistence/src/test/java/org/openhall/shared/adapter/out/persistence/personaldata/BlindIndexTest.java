package org.openhall.shared.adapter.out.persistence.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private final String index = TestKeys.key(32);
    private final PersonalDataCipher cipher = TestKeys.cipher("AES-GCM", "a", Map.of("a", TestKeys.key(32)), index);

    @Test
    void equalValuesHaveEqualIndexesAfterNormalisation() {
        String id = cipher.blindIndex(PersonalDataKind.ID_NUMBER, "11010519491231002X");

        assertThat(id).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("1101");
        assertThat(cipher.blindIndex(PersonalDataKind.ID_NUMBER, " 11010519491231002x ")).isEqualTo(id);
        assertThat(cipher.blindIndex(PersonalDataKind.ID_NUMBER, "110105194912310029")).isNotEqualTo(id);

        String phone = cipher.blindIndex(PersonalDataKind.PHONE, "13800138000");
        assertThat(cipher.blindIndex(PersonalDataKind.PHONE, "+86 138-0013-8000")).isEqualTo(phone);
        assertThat(cipher.blindIndex(PersonalDataKind.PHONE, "13800138001")).isNotEqualTo(phone);
    }

    @Test
    void theKindIsPartOfTheIndexSoEqualDigitsOfDifferentKindsDoNotMatch() {
        assertThat(cipher.blindIndex(PersonalDataKind.PHONE, "13800138000"))
                .isNotEqualTo(cipher.blindIndex(PersonalDataKind.ID_NUMBER, "13800138000"));
    }

    @Test
    void theIndexDependsOnTheIndexKeyOnlyNotOnTheSealingKey() {
        PersonalDataCipher otherSealingKey = TestKeys.cipher("SM4-GCM", "b", Map.of("b", TestKeys.key(16)), index);
        PersonalDataCipher otherIndexKey = TestKeys.cipher("AES-GCM", "a", Map.of("a", TestKeys.key(32)),
                TestKeys.key(32));

        String phone = cipher.blindIndex(PersonalDataKind.PHONE, "13800138000");
        assertThat(otherSealingKey.blindIndex(PersonalDataKind.PHONE, "13800138000")).isEqualTo(phone);
        assertThat(otherIndexKey.blindIndex(PersonalDataKind.PHONE, "13800138000")).isNotEqualTo(phone);
        assertThat(cipher.blindIndex(PersonalDataKind.PHONE, null)).isNull();
    }

    @Test
    void duringAnIndexKeyRotationSearchLooksUnderTheNewKeyFirstThenThePreviousOnes() {
        String next = TestKeys.key(32);
        PersonalDataCipher rotating = new PersonalDataCipher(PersonalDataKeyRing.of(new PersonalDataProperties(
                "AES-GCM", "a", Map.of("a", TestKeys.key(32)), next, List.of(index), false)));

        String underNew = rotating.blindIndex(PersonalDataKind.PHONE, "13800138000");
        assertThat(underNew).isNotEqualTo(cipher.blindIndex(PersonalDataKind.PHONE, "13800138000"));
        assertThat(rotating.blindIndexes(PersonalDataKind.PHONE, "+86 138 0013 8000"))
                .containsExactly(underNew, cipher.blindIndex(PersonalDataKind.PHONE, "13800138000"));
        assertThat(cipher.blindIndexes(PersonalDataKind.PHONE, "13800138000"))
                .containsExactly(cipher.blindIndex(PersonalDataKind.PHONE, "13800138000"));
    }
}
