package org.openhall.network.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.PurgeSignInStateUseCase.SignInStatePurged;
import org.openhall.network.application.port.out.SignInFailureStore;
import org.openhall.network.application.port.out.StaffSessionStore;
import org.openhall.network.application.service.SignInSettings;
import org.openhall.network.application.service.SignInStatePurge;
import org.openhall.network.domain.signin.PasswordProfile;
import org.openhall.network.domain.signin.SessionLifetime;
import org.openhall.network.domain.signin.SignInFailures;
import org.openhall.network.domain.signin.SignInThrottle;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The purge of sign-in state on PostgreSQL at a fixed clock: sessions past their idle timeout or
 * absolute lifetime and failure counts past the window go; live sessions and counts that still hold
 * an attempt back stay, also one second before they would expire.
 */
@PersistenceAdapterTest
class SignInStatePurgeIT {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final SignInSettings SETTINGS = new SignInSettings(SignInThrottle.DEFAULTS,
            new SessionLifetime(Duration.ofMinutes(30), Duration.ofHours(10)), PasswordProfile.ASVS, "OpenHall");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffSessionStore sessions;
    @Autowired
    SignInFailureStore failures;

    private SignInStatePurge purge;

    @BeforeEach
    void accounts() {
        jdbc.sql("TRUNCATE staff_account, staff_account_role, sign_in_failure CASCADE").update();
        for (String name : List.of("idle", "old", "busy", "fresh")) {
            jdbc.sql("""
                    INSERT INTO staff_account (username, display_name, password_hash, enabled)
                    VALUES (:u, :u, 'x', true)""").param("u", name).update();
        }
        purge = new SignInStatePurge(sessions, failures, SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void session(String user, Instant signedIn, Instant lastSeen) {
        jdbc.sql("""
                INSERT INTO staff_session (token_hash, username, signed_in_at, last_seen_at)
                VALUES (decode(md5(:u), 'hex'), :u, :signedIn, :lastSeen)""").param("u", user)
                .param("signedIn", signedIn.atOffset(ZoneOffset.UTC)).param("lastSeen", lastSeen.atOffset(ZoneOffset.UTC))
                .update();
    }

    private List<String> remaining(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    @Test
    void expiredSessionsGoAndLiveOnesStay() {
        session("idle", NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(30)));
        session("old", NOW.minus(Duration.ofHours(10)), NOW.minusSeconds(5));
        session("busy", NOW.minus(Duration.ofHours(10)).plusSeconds(1), NOW.minusSeconds(5));
        session("fresh", NOW.minus(Duration.ofMinutes(40)), NOW.minus(Duration.ofMinutes(30)).plusSeconds(1));

        SignInStatePurged purged = purge.purge();

        assertThat(purged.sessions()).isEqualTo(2);
        assertThat(remaining("SELECT username FROM staff_session ORDER BY username")).containsExactly("busy", "fresh");
        // What stays is exactly what still opens: the store finds both remaining sessions live.
        assertThat(sessions.touch(hashOf("busy"), NOW, NOW.minus(Duration.ofMinutes(30)),
                NOW.minus(Duration.ofHours(10)))).contains("busy");
        // Idempotent: a second run (another instance) deletes nothing more.
        assertThat(purge.purge().sessions()).isZero();
    }

    @Test
    void failureCountsGoOnceTheWindowHasPassedAndThoseThatStillCountStay() {
        failures.save("guessed", "10.0.0.1", new SignInFailures(5, NOW.minus(Duration.ofHours(1))));
        failures.save("guessed", SignInFailureStore.WHOLE_ACCOUNT, new SignInFailures(7, NOW.minus(Duration.ofHours(2))));
        failures.save("locked", "10.0.0.2", new SignInFailures(5, NOW.minus(Duration.ofMinutes(59))));
        failures.save("locked", SignInFailureStore.WHOLE_ACCOUNT, new SignInFailures(100, NOW.minusSeconds(1)));

        assertThat(purge.purge().failureCounts()).isEqualTo(2);

        assertThat(failures.of("guessed", "10.0.0.1")).isEqualTo(SignInFailures.NONE);
        assertThat(failures.of("locked", "10.0.0.2").count()).isEqualTo(5);
        // The lock still holds after the purge.
        assertThat(SignInThrottle.DEFAULTS.waitBefore(failures.of("locked", "10.0.0.2"),
                failures.of("locked", SignInFailureStore.WHOLE_ACCOUNT), NOW)).isPresent();
    }

    private byte[] hashOf(String user) {
        return jdbc.sql("SELECT decode(md5(:u), 'hex')").param("u", user).query(byte[].class).single();
    }
}
