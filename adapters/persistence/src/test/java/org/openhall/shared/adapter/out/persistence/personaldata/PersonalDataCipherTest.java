package org.openhall.shared.adapter.out.persistence.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String ID = "11010519491231002X";
    private static final String PHONE = "13800138000";

    private final String aesOld = TestKeys.key(32);
    private final String aesNew = TestKeys.key(32);
    private final String sm4 = TestKeys.key(16);
    private final String index = TestKeys.key(32);

    @ParameterizedTest
    @CsvSource({ "AES-GCM, old, pd1:aes:old:", "SM4-GCM, sm4, pd1:sm4:sm4:" })
    void sealsAndOpensUnderTheActiveKeyAndAlgorithm(String algorithm, String active, String header) {
        PersonalDataCipher cipher = TestKeys.cipher(algorithm, active, Map.of("old", aesOld, "sm4", sm4), index);

        String sealed = cipher.seal(ID);

        assertThat(sealed).startsWith(header).doesNotContain(ID).doesNotContain("1949");
        assertThat(cipher.open(sealed)).isEqualTo(ID);
        assertThat(cipher.open(cipher.seal("张三 13800138000"))).isEqualTo("张三 13800138000");
        assertThat(cipher.isCurrent(sealed)).isTrue();
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentTextSoEqualValuesCannotBeSpotted() {
        PersonalDataCipher cipher = TestKeys.cipher("AES-GCM", "old", Map.of("old", aesOld), index);

        assertThat(cipher.seal(PHONE)).isNotEqualTo(cipher.seal(PHONE));
    }

    @Test
    void nullStaysNullAndPlainValuesFromBeforeSealingPassThrough() {
        PersonalDataCipher cipher = TestKeys.cipher("AES-GCM", "old", Map.of("old", aesOld), index);

        assertThat(cipher.seal(null)).isNull();
        assertThat(cipher.open(null)).isNull();
        assertThat(cipher.open(PHONE)).isEqualTo(PHONE);
        assertThat(cipher.isCurrent(PHONE)).isFalse();
    }

    @Test
    void aChangedBodyFailsToOpenInsteadOfOpeningAsSomethingElse() {
        PersonalDataCipher cipher = TestKeys.cipher("AES-GCM", "old", Map.of("old", aesOld), index);
        String sealed = cipher.seal(ID);
        String header = sealed.substring(0, sealed.lastIndexOf(':') + 1);
        byte[] body = Base64.getDecoder().decode(sealed.substring(header.length()));
        body[body.length / 2] ^= 0x01;

        assertThatThrownBy(() -> cipher.open(header + Base64.getEncoder().encodeToString(body)))
                .isInstanceOf(PersonalDataUnreadable.class).hasMessageContaining("authentication failed")
                .hasMessageNotContaining(ID);
        assertThatThrownBy(() -> cipher.open(sealed.substring(0, sealed.length() - 8)))
                .isInstanceOf(PersonalDataUnreadable.class);
    }

    @Test
    void theHeaderIsAuthenticatedSoAValueCannotBeMovedUnderAnotherKeyId() {
        // Both keys are the same bytes: only the authenticated header tells them apart.
        PersonalDataCipher cipher = TestKeys.cipher("AES-GCM", "old", Map.of("old", aesOld, "twin", aesOld), index);
        String sealed = cipher.seal(ID);

        assertThatThrownBy(() -> cipher.open(sealed.replace("pd1:aes:old:", "pd1:aes:twin:")))
                .isInstanceOf(PersonalDataUnreadable.class);
    }

    @Test
    void valuesUnderAnOlderKeyStayReadableAfterTheActiveKeyChangesAndNotAfterTheKeyIsRemoved() {
        PersonalDataCipher before = TestKeys.cipher("AES-GCM", "old", Map.of("old", aesOld), index);
        String sealedBefore = before.seal(ID);
        PersonalDataCipher after = TestKeys.cipher("AES-GCM", "new", Map.of("old", aesOld, "new", aesNew), index);

        assertThat(after.open(sealedBefore)).isEqualTo(ID);
        assertThat(after.isCurrent(sealedBefore)).isFalse();
        assertThat(after.seal(ID)).startsWith("pd1:aes:new:");

        PersonalDataCipher oldKeyRemoved = TestKeys.cipher("AES-GCM", "new", Map.of("new", aesNew), index);
        assertThatThrownBy(() -> oldKeyRemoved.open(sealedBefore)).isInstanceOf(PersonalDataUnreadable.class)
                .hasMessageContaining("key old is not configured");
    }

    @Test
    void aCountyCanMoveFromAesToSm4AndStillOpenItsAesValues() {
        PersonalDataCipher aes = TestKeys.cipher("AES-GCM", "old", Map.of("old", aesOld), index);
        String sealedAes = aes.seal(PHONE);
        PersonalDataCipher sm = TestKeys.cipher("SM4-GCM", "sm4", Map.of("old", aesOld, "sm4", sm4), index);

        assertThat(sm.open(sealedAes)).isEqualTo(PHONE);
        assertThat(sm.isCurrent(sealedAes)).isFalse();
        assertThat(sm.open(sm.seal(PHONE))).isEqualTo(PHONE);
    }
}
