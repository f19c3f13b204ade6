package org.openhall.network.domain.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class TimeBasedOneTimePasswordTest {

    private static final TotpSecret SHA1_SEED = seed("12345678901234567890");
    private static final TotpSecret SHA256_SEED = seed("12345678901234567890123456789012");
    private static final TotpSecret SHA512_SEED = seed(
            "1234567890123456789012345678901234567890123456789012345678901234");

    private static TotpSecret seed(String ascii) {
        return TotpSecret.ofBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** The test vectors of RFC 6238, Appendix B (8 digits, 30-second steps). */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826" })
    void theCodesAreThoseOfRfc6238(long epochSecond, String sha1, String sha256, String sha512) {
        Instant time = Instant.ofEpochSecond(epochSecond);

        assertThat(new TimeBasedOneTimePassword("HmacSHA1", 8, 30, 1).codeAt(SHA1_SEED, time)).isEqualTo(sha1);
        assertThat(new TimeBasedOneTimePassword("HmacSHA256", 8, 30, 1).codeAt(SHA256_SEED, time)).isEqualTo(sha256);
        assertThat(new TimeBasedOneTimePassword("HmacSHA512", 8, 30, 1).codeAt(SHA512_SEED, time)).isEqualTo(sha512);
    }

    /** The six-digit HOTP values of RFC 4226, Appendix D: the staff factor is HOTP over the time step. */
    @Test
    void sixDigitCodesAreThoseOfRfc4226() {
        String[] expected = { "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
                "399871", "520489" };
        for (int counter = 0; counter < expected.length; counter++) {
            assertThat(TimeBasedOneTimePassword.STAFF.codeAt(SHA1_SEED, counter)).as("counter %d", counter)
                    .isEqualTo(expected[counter]);
        }
    }

    @Test
    void aCodeIsAcceptedOneStepEarlyOrLateButNotTwo() {
        TimeBasedOneTimePassword totp = TimeBasedOneTimePassword.STAFF;
        Instant now = Instant.parse("2026-03-02T02:00:15Z");
        long step = totp.stepAt(now);

        assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step), now)).hasValue(step);
        assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step - 1), now)).hasValue(step - 1);
        assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step + 1), now)).hasValue(step + 1);
        assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step - 2), now)).isEmpty();
        assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step + 2), now)).isEmpty();
    }

    @Test
    void somethingThatIsNoCodeMatchesNothing() {
        Instant now = Instant.parse("2026-03-02T02:00:15Z");

        assertThat(TimeBasedOneTimePassword.STAFF.matchingStep(SHA1_SEED, null, now)).isEmpty();
        assertThat(TimeBasedOneTimePassword.STAFF.matchingStep(SHA1_SEED, "12345", now)).isEmpty();
        assertThat(TimeBasedOneTimePassword.STAFF.matchingStep(SHA1_SEED, "12345a", now)).isEmpty();
    }

    @Test
    void aSecretReadsBackFromItsBase32() {
        TotpSecret secret = TotpSecret.ofBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

        assertThat(secret).isEqualTo(SHA1_SEED);
        assertThat(SHA1_SEED.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(TotpSecret.ofBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(SHA1_SEED);
        assertThat(SHA1_SEED.toString()).doesNotContain("GEZD");
    }

    @Test
    void aShortOrMalformedSecretIsRefused() {
        assertThatThrownBy(() -> TotpSecret.ofBase32("GEZDGNBV")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> TotpSecret.ofBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1"))
                .isInstanceOf(InvalidValue.class);
    }
}
