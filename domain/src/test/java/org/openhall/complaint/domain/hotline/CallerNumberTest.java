package org.openhall.complaint.domain.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.identity.PhoneNumber;

class CallerNumberTest {

    @Test
    void networkPrefixesAreDroppedSoThatTheNumberMatchesWhatApplicantsWrite() {
        assertThat(CallerNumber.phoneOf("13800138000")).contains(new PhoneNumber("13800138000"));
        assertThat(CallerNumber.phoneOf("013800138000")).contains(new PhoneNumber("13800138000"));
        assertThat(CallerNumber.phoneOf("8613800138000")).contains(new PhoneNumber("13800138000"));
        assertThat(CallerNumber.phoneOf("008613800138000")).contains(new PhoneNumber("13800138000"));
        assertThat(CallerNumber.phoneOf("+86 138 0013 8000")).contains(new PhoneNumber("13800138000"));
        assertThat(CallerNumber.phoneOf("07724212345")).contains(new PhoneNumber("0772-4212345"));
    }

    @Test
    void extensionsAndWithheldNumbersAreNoPhoneNumber() {
        assertThat(CallerNumber.phoneOf(null)).isEmpty();
        assertThat(CallerNumber.phoneOf("anonymous")).isEmpty();
        assertThat(CallerNumber.phoneOf("8001")).isEmpty();
    }

    @Test
    void theNumberIsShownMasked() {
        assertThat(CallerNumber.masked("013800138000")).isEqualTo("138****8000");
        assertThat(CallerNumber.masked("8001")).isEqualTo("****");
        assertThat(CallerNumber.masked(null)).isNull();
    }
}
