package org.openhall.network.domain.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class PasswordProfileTest {

    private static final Predicate<String> BREACHED = Set.of("password1234", "qwertyuiop123")::contains;

    @Test
    void mlpsWantsEightCharactersOfThreeClassesAndRotatesEveryNinetyDaysRememberingFive() {
        PasswordProfile mlps = PasswordProfile.MLPS;

        assertThat(mlps.violations("Hall-2026", "li.ming", BREACHED)).isEmpty();
        assertThat(mlps.violations("hall2026x", "li.ming", BREACHED)).containsExactly("too-few-character-classes");
        assertThat(mlps.violations("Ha-26", "li.ming", BREACHED)).containsExactly("too-short");
        // MLPS does not consult the breached list: a complex-looking common password passes.
        assertThat(mlps.violations("Password1234", "li.ming", s -> true)).isEmpty();
        assertThat(mlps.rotation()).hasValue(Duration.ofDays(90));
        assertThat(mlps.remembered()).isEqualTo(5);
    }

    @Test
    void asvsWantsTwelveCharactersNotBreachedWithoutCompositionOrRotation() {
        PasswordProfile asvs = PasswordProfile.ASVS;

        assertThat(asvs.violations("correct horse battery", "li.ming", BREACHED)).isEmpty();
        assertThat(asvs.violations("Hall-2026", "li.ming", BREACHED)).containsExactly("too-short");
        assertThat(asvs.violations("password1234", "li.ming", BREACHED)).containsExactly("breached");
        assertThat(asvs.rotation()).isEmpty();
        assertThat(asvs.remembered()).isZero();
    }

    @Test
    void noProfileTakesAPasswordThatContainsTheUserName() {
        assertThat(PasswordProfile.ASVS.violations("my-LI.MING-password", "li.ming", BREACHED))
                .containsExactly("contains-username");
        assertThat(PasswordProfile.MLPS.violations("Li.Ming-2026", "li.ming", BREACHED))
                .containsExactly("contains-username");
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        // Twelve Chinese characters are twelve characters, however many bytes they take.
        assertThat(PasswordProfile.ASVS.violations("合山市政务服务中心窗口人员", "li.ming", BREACHED)).isEmpty();
    }
}
