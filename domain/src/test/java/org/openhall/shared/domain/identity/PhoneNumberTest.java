package org.openhall.shared.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class PhoneNumberTest {

    @Test
    void aMobileNumberIsMaskedInTheMiddle() {
        PhoneNumber mobile = new PhoneNumber("13812341234");

        assertThat(mobile.isMobile()).isTrue();
        assertThat(mobile.masked()).isEqualTo("138****1234");
        assertThat(mobile).hasToString("138****1234");
    }

    @Test
    void spacesHyphensAndTheCountryCodeAreDropped() {
        assertThat(new PhoneNumber("+86 138-1234-1234").value()).isEqualTo("13812341234");
    }

    @Test
    void aLandlineIsStoredWithItsAreaCode() {
        assertThat(new PhoneNumber("(0772) 4212345").value()).isEqualTo("0772-4212345");
        assertThat(new PhoneNumber("01087654321").value()).isEqualTo("010-87654321");
        assertThat(new PhoneNumber("0755-86001234").value()).isEqualTo("0755-86001234");
        assertThat(new PhoneNumber("0772-4212345").masked()).isEqualTo("0772-***2345");
        assertThat(new PhoneNumber("0772-4212345").isMobile()).isFalse();
    }

    @Test
    void numbersThatAreNeitherAreRejected() {
        assertThatThrownBy(() -> new PhoneNumber("12345678901")).as("12x is not a mobile prefix").isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new PhoneNumber("1381234123")).as("10 digits").isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new PhoneNumber("010-1234567")).as("Beijing has 8-digit numbers").isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new PhoneNumber("12345")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new PhoneNumber(" ")).isInstanceOf(InvalidValue.class);
    }
}
