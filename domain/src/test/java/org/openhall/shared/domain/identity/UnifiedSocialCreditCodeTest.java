package org.openhall.shared.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.UnifiedSocialCreditCode.ValidationResult;

class UnifiedSocialCreditCodeTest {

    /** The example of GB 32100-2015. */
    private static final String STANDARD_EXAMPLE = "91350100M000100Y43";

    @Test
    void theExampleOfTheStandardIsValid() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(UnifiedSocialCreditCode.check(STANDARD_EXAMPLE)).isEqualTo(ValidationResult.VALID);
        assertThat(UnifiedSocialCreditCode.parse(STANDARD_EXAMPLE).divisionCode()).isEqualTo("350100");
    }

    @Test
    void aCheckValueOf31IsWrittenAs0() {
        // Σ ≡ 0 (mod 31) gives 31 − 0 = 31, which the standard writes as 0.
        assertThat(UnifiedSocialCreditCode.checkCharacter("91451381MA5K123AB")).isEqualTo('0');
        assertThat(UnifiedSocialCreditCode.parse("91451381MA5K123AB0").value()).isEqualTo("91451381MA5K123AB0");
    }

    @Test
    void lowerCaseIsStoredUpperCase() {
        assertThat(UnifiedSocialCreditCode.parse("91350100m000100y43").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void checkTellsMalformedFromChecksumFailures() {
        assertThat(UnifiedSocialCreditCode.check("91350100M000100Y44")).isEqualTo(ValidationResult.CHECKSUM_MISMATCH);
        assertThat(UnifiedSocialCreditCode.check("91350100M000100Y4")).isEqualTo(ValidationResult.MALFORMED);
        assertThat(UnifiedSocialCreditCode.check("91350100M000100I43")).as("I is not in the set").isEqualTo(ValidationResult.MALFORMED);
        assertThat(UnifiedSocialCreditCode.check("9135A100M000100Y43")).as("division code not numeric")
                .isEqualTo(ValidationResult.MALFORMED);
        assertThat(UnifiedSocialCreditCode.check(null)).isEqualTo(ValidationResult.MALFORMED);
    }

    @Test
    void parsingRejectsAChecksumMismatch() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100M000100Y44"))
                .isInstanceOfSatisfying(InvalidValue.class, problem -> assertThat(problem.reason()).contains("check character"));
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("not a code")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void anAuditedOverrideAcceptsAChecksumMismatchAndSaysSo() {
        UnifiedSocialCreditCode early = UnifiedSocialCreditCode.waivingChecksum("91350100M000100Y44");

        assertThat(early.checksumWaived()).isTrue();
        assertThat(early).hasToString("91350100M000100Y44 (checksum waived)");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.waivingChecksum("91350100M000100Y4")).as("still malformed")
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void aCodeThatPassesTheChecksumNeverCarriesTheWaiver() {
        assertThat(UnifiedSocialCreditCode.waivingChecksum(STANDARD_EXAMPLE)).isEqualTo(UnifiedSocialCreditCode.parse(STANDARD_EXAMPLE));
        assertThat(UnifiedSocialCreditCode.waivingChecksum(STANDARD_EXAMPLE).checksumWaived()).isFalse();
    }
}
