package org.openhall.network.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions on PostgreSQL: a token finds its live session, never an idle or expired one, and a
 * request writes the session's last use only once it is a minute old — a clerk's requests in a row
 * read the session without a write each.
 */
@PersistenceAdapterTest
class StaffSessionPersistenceAdapterIT {

    private static final byte[] TOKEN = { 1, 2, 3, 4 };
    private static final Instant SIGNED_IN = Instant.parse("2026-06-16T01:00:00Z");

    @Autowired
    StaffSessionPersistenceAdapter sessions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void oneSignedInClerk() {
        jdbc.sql("TRUNCATE staff_account, staff_account_role CASCADE").update();
        jdbc.sql("INSERT INTO staff_account (username, display_name, password_hash, department, enabled)"
                + " VALUES ('clerk.a', '李明', '{noop}x', 'SCJG', true)").update();
        sessions.open(TOKEN, "clerk.a", SIGNED_IN);
    }

    @Test
    void aRequestWithinAMinuteOfTheLastWrittenUseFindsTheSessionWithoutWriting() {
        Instant now = SIGNED_IN.plusSeconds(59);

        assertThat(touch(now)).contains("clerk.a");
        assertThat(lastSeen()).isEqualTo(SIGNED_IN);
    }

    @Test
    void aRequestAMinuteOrMoreLaterWritesTheUse() {
        Instant now = SIGNED_IN.plus(61, ChronoUnit.SECONDS);

        assertThat(touch(now)).contains("clerk.a");
        assertThat(lastSeen()).isEqualTo(now);
    }

    @Test
    void aClockSetBackNeverMovesTheLastUseBackwards() {
        Instant later = SIGNED_IN.plus(10, ChronoUnit.MINUTES);
        touch(later);

        touch(SIGNED_IN.plus(2, ChronoUnit.MINUTES));

        assertThat(lastSeen()).isEqualTo(later);
    }

    @Test
    void anIdleOrExpiredSessionIsNotFound() {
        Instant now = SIGNED_IN.plus(31, ChronoUnit.MINUTES);

        assertThat(sessions.touch(TOKEN, now, now.minus(30, ChronoUnit.MINUTES), now.minus(10, ChronoUnit.HOURS)))
                .isEmpty();
        assertThat(sessions.touch(TOKEN, now, now.minus(40, ChronoUnit.MINUTES), SIGNED_IN)).isEmpty();
        assertThat(lastSeen()).isEqualTo(SIGNED_IN);
    }

    private java.util.Optional<String> touch(Instant now) {
        return sessions.touch(TOKEN, now, now.minus(30, ChronoUnit.MINUTES), now.minus(10, ChronoUnit.HOURS));
    }

    private Instant lastSeen() {
        return jdbc.sql("SELECT last_seen_at FROM staff_session").query(OffsetDateTime.class).single().toInstant();
    }
}
