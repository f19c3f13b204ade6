package org.openhall.network.domain.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final SignInThrottle THROTTLE = SignInThrottle.DEFAULTS;
    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    private static SignInFailures fail(SignInFailures before, int times, Instant at) {
        SignInFailures failures = before;
        for (int i = 0; i < times; i++) {
            failures = THROTTLE.afterFailure(failures, at);
        }
        return failures;
    }

    @Test
    void fiveFailuresFromOneAddressLockThatPairForFifteenMinutes() {
        SignInFailures pair = fail(SignInFailures.NONE, 4, T0);
        assertThat(THROTTLE.waitBefore(pair, pair, T0)).isEmpty();

        pair = fail(pair, 1, T0);
        assertThat(THROTTLE.waitBefore(pair, pair, T0)).hasValue(Duration.ofMinutes(15));
        assertThat(THROTTLE.waitBefore(pair, pair, T0.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void anotherAddressIsNotLockedByTheFailuresOfTheFirst() {
        SignInFailures attackerPair = fail(SignInFailures.NONE, 5, T0);
        SignInFailures account = attackerPair;

        assertThat(THROTTLE.waitBefore(attackerPair, account, T0)).isPresent();
        // The colleague at their own desk: no failures of their own, the account only counts five.
        assertThat(THROTTLE.waitBefore(SignInFailures.NONE, account, T0)).isEmpty();
    }

    @Test
    void manyFailuresSpreadOverAddressesSlowTheAccountWithDoublingDelaysCappedAtAMinute() {
        SignInFailures account = fail(SignInFailures.NONE, 10, T0);
        assertThat(THROTTLE.waitBefore(SignInFailures.NONE, account, T0)).hasValue(Duration.ofSeconds(1));

        account = fail(account, 3, T0);
        assertThat(THROTTLE.waitBefore(SignInFailures.NONE, account, T0)).hasValue(Duration.ofSeconds(8));

        account = fail(account, 40, T0);
        assertThat(THROTTLE.waitBefore(SignInFailures.NONE, account, T0)).hasValue(Duration.ofMinutes(1));
    }

    @Test
    void onlyAHundredFailuresLockTheWholeAccountAndOnlyForAWhile() {
        SignInFailures account = fail(SignInFailures.NONE, 100, T0);

        assertThat(THROTTLE.waitBefore(SignInFailures.NONE, account, T0)).hasValue(Duration.ofMinutes(15));
        assertThat(THROTTLE.waitBefore(SignInFailures.NONE, account, T0.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOne() {
        SignInFailures pair = fail(SignInFailures.NONE, 4, T0);
        SignInFailures later = THROTTLE.afterFailure(pair, T0.plus(Duration.ofHours(1)));

        assertThat(later.count()).isEqualTo(1);
    }
}
