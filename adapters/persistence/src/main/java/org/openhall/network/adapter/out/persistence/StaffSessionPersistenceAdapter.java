package org.openhall.network.adapter.out.persistence;

import static org.openhall.network.adapter.out.persistence.SignInPersistenceAdapter.at;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.StaffSessionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps signed-in sessions in {@code staff_session}. Checking a token is one indexed read; the
 * session's last use is written only when the stored one is {@link #SEEN_RESOLUTION} old, so that
 * the requests of a working clerk cost no write and no commit each (measured for the benchmarks: one
 * WAL flush per request less). Idle expiry therefore counts from a last use known to the minute.
 */
@Component
@SecondaryAdapter
public class StaffSessionPersistenceAdapter implements StaffSessionStore {

    /** How stale the stored last use may get before a request writes it again. */
    static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    public StaffSessionPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void open(byte[] tokenHash, String username, Instant signedInAt) {
        jdbc.sql("""
                INSERT INTO staff_session (token_hash, username, signed_in_at, last_seen_at)
                VALUES (:hash, :username, :at, :at)
                """).param("hash", tokenHash).param("username", username).param("at", at(signedInAt)).update();
    }

    @Override
    @Transactional
    public Optional<String> touch(byte[] tokenHash, Instant now, Instant idleCutoff, Instant absoluteCutoff) {
        Optional<SeenSession> live = jdbc.sql("""
                SELECT username, last_seen_at FROM staff_session
                WHERE token_hash = :hash AND last_seen_at > :idle AND signed_in_at > :absolute
                """).param("hash", tokenHash).param("idle", at(idleCutoff)).param("absolute", at(absoluteCutoff))
                .query((rs, n) -> new SeenSession(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
        if (live.isPresent() && live.get().lastSeenAt().isBefore(now.minus(SEEN_RESOLUTION))) {
            // GREATEST: a clock set back (tests; a corrected server clock) never makes a session look idle longer.
            jdbc.sql("UPDATE staff_session SET last_seen_at = GREATEST(last_seen_at, :now) WHERE token_hash = :hash")
                    .param("now", at(now)).param("hash", tokenHash).update();
        }
        return live.map(SeenSession::username);
    }

    /** A live session as a request finds it. */
    private record SeenSession(String username, Instant lastSeenAt) {
    }

    @Override
    @Transactional
    public void close(byte[] tokenHash) {
        jdbc.sql("DELETE FROM staff_session WHERE token_hash = :hash").param("hash", tokenHash).update();
    }

    @Override
    @Transactional
    public void closeAllOf(String username) {
        jdbc.sql("DELETE FROM staff_session WHERE username = :username").param("username", username).update();
    }

    @Override
    @Transactional
    public int deleteExpired(Instant idleCutoff, Instant absoluteCutoff) {
        // The negation of touch's condition: exactly the sessions touch no longer finds.
        return jdbc.sql("DELETE FROM staff_session WHERE last_seen_at <= :idle OR signed_in_at <= :absolute")
                .param("idle", at(idleCutoff)).param("absolute", at(absoluteCutoff)).update();
    }
}
