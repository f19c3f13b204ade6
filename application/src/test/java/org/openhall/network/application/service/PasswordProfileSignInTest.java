package org.openhall.network.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.out.InMemoryServiceHallRepository;
import org.openhall.network.application.port.in.ChangePasswordCommand;
import org.openhall.network.application.port.in.SignInCommand;
import org.openhall.network.application.port.in.SignInRefused;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.signin.PasswordProfile;
import org.openhall.network.domain.signin.PasswordReused;
import org.openhall.network.domain.signin.SessionLifetime;
import org.openhall.network.domain.signin.SignInThrottle;
import org.openhall.network.domain.signin.TimeBasedOneTimePassword;
import org.openhall.network.domain.signin.TotpSecret;
import org.openhall.network.domain.signin.WeakPassword;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.time.SettableClock;

/**
 * The two password profiles as sign-in and password change apply them: MLPS expires a password
 * after 90 days and remembers the last five; ASVS never expires one and refuses breached ones.
 */
class PasswordProfileSignInTest {

    private static final String USER = "li.ming";
    private static final TotpSecret SECRET = TotpSecret.ofBytes("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    private final SettableClock clock = new SettableClock(ZoneId.of("Asia/Shanghai"),
            LocalDateTime.parse("2026-03-02T09:00:00"));
    private final InMemorySignInStores stores = new InMemorySignInStores();

    private SignInService signIn(PasswordProfile profile) {
        return new SignInService(stores.accounts, stores, stores, stores, stores, new InMemoryServiceHallRepository(), stores,
                settings(profile), clock);
    }

    private CredentialService credentials(PasswordProfile profile) {
        return new CredentialService(stores.accounts, stores, stores, stores, stores, stores,
                "password2026"::equalsIgnoreCase, settings(profile), clock);
    }

    private static SignInSettings settings(PasswordProfile profile) {
        return new SignInSettings(SignInThrottle.DEFAULTS,
                new SessionLifetime(Duration.ofMinutes(30), Duration.ofHours(10)), profile, "OpenHall");
    }

    private void openAccount(String password) {
        stores.accounts.save(StaffAccount.open(new StaffUsername(USER), "李明", stores.hash(password),
                Set.of(Role.CLERK), new DepartmentCode("SCJG")));
        stores.enrol(USER, SECRET);
        stores.confirm(USER, clock.instant());
        stores.passwordSetAt(USER, clock.instant());
    }

    private String code() {
        return TimeBasedOneTimePassword.STAFF.codeAt(SECRET, clock.instant());
    }

    private void nextStep() {
        clock.set(LocalDateTime.ofInstant(clock.instant().plusSeconds(30), clock.getZone()));
    }

    @Test
    void underMlpsAPasswordExpiresAfterNinetyDaysAndMustBeChangedFirst() {
        openAccount("Hall-2026a");
        clock.set(LocalDateTime.parse("2026-05-30T09:00:00"));
        assertThat(signIn(PasswordProfile.MLPS).signIn(new SignInCommand(USER, "Hall-2026a", code(), "10.0.0.1"))
                .token()).startsWith("oh_");

        clock.set(LocalDateTime.parse("2026-05-31T09:00:00"));
        assertThatThrownBy(() -> signIn(PasswordProfile.MLPS)
                .signIn(new SignInCommand(USER, "Hall-2026a", code(), "10.0.0.1")))
                .isInstanceOfSatisfying(SignInRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(SignInRefused.Reason.PASSWORD_EXPIRED));

        nextStep();
        credentials(PasswordProfile.MLPS).change(new ChangePasswordCommand(USER, "Hall-2026a", code(), "Hall-2026b",
                "10.0.0.1"));
        nextStep();
        assertThat(signIn(PasswordProfile.MLPS).signIn(new SignInCommand(USER, "Hall-2026b", code(), "10.0.0.1"))
                .token()).startsWith("oh_");
    }

    @Test
    void underMlpsNoneOfTheLastFivePasswordsComesBack() {
        openAccount("Hall-2026a");
        String current = "Hall-2026a";
        for (String next : new String[] { "Hall-2026b", "Hall-2026c", "Hall-2026d", "Hall-2026e" }) {
            nextStep();
            credentials(PasswordProfile.MLPS).change(new ChangePasswordCommand(USER, current, code(), next, "10.0.0.1"));
            current = next;
        }
        // The current one and the four before it are the last five.
        for (String earlier : new String[] { "Hall-2026e", "Hall-2026a" }) {
            nextStep();
            String from = current;
            assertThatThrownBy(() -> credentials(PasswordProfile.MLPS)
                    .change(new ChangePasswordCommand(USER, from, code(), earlier, "10.0.0.1")))
                    .isInstanceOf(PasswordReused.class);
        }
        nextStep();
        credentials(PasswordProfile.MLPS).change(new ChangePasswordCommand(USER, current, code(), "Hall-2026f",
                "10.0.0.1"));
        nextStep();
        // Six changes ago: no longer remembered.
        credentials(PasswordProfile.MLPS).change(new ChangePasswordCommand(USER, "Hall-2026f", code(), "Hall-2026a",
                "10.0.0.1"));
    }

    @Test
    void underMlpsAPasswordOfTwoCharacterClassesIsRefused() {
        openAccount("Hall-2026a");
        assertThatThrownBy(() -> credentials(PasswordProfile.MLPS)
                .change(new ChangePasswordCommand(USER, "Hall-2026a", code(), "hallwindow", "10.0.0.1")))
                .isInstanceOf(WeakPassword.class);
    }

    @Test
    void underAsvsAPasswordNeverExpiresButABreachedOneIsRefused() {
        openAccount("a long enough passphrase");
        clock.set(LocalDateTime.parse("2027-09-01T09:00:00"));
        assertThat(signIn(PasswordProfile.ASVS)
                .signIn(new SignInCommand(USER, "a long enough passphrase", code(), "10.0.0.1")).token())
                .startsWith("oh_");

        nextStep();
        assertThatThrownBy(() -> credentials(PasswordProfile.ASVS)
                .change(new ChangePasswordCommand(USER, "a long enough passphrase", code(), "PASSWORD2026",
                        "10.0.0.1")))
                .isInstanceOfSatisfying(WeakPassword.class,
                        w -> assertThat(w.details().get("reasons").toString()).contains("breached"));
        nextStep();
        // No composition rules: lower-case words only are fine when long enough.
        credentials(PasswordProfile.ASVS).change(new ChangePasswordCommand(USER, "a long enough passphrase", code(),
                "three kapok trees by the window", "10.0.0.1"));
    }

    @Test
    void aChangedPasswordEndsTheSessionsOfTheOldOne() {
        openAccount("a long enough passphrase");
        SignInService service = signIn(PasswordProfile.ASVS);
        String token = service.signIn(new SignInCommand(USER, "a long enough passphrase", code(), "10.0.0.1")).token();
        assertThat(service.actorOf(token)).isPresent();

        nextStep();
        credentials(PasswordProfile.ASVS).change(new ChangePasswordCommand(USER, "a long enough passphrase", code(),
                "three kapok trees by the window", "10.0.0.1"));

        assertThat(service.actorOf(token)).isEmpty();
    }
}
