package org.openhall.network.adapter.out.persistence;

import static org.openhall.network.adapter.out.persistence.SignInPersistenceAdapter.at;

import java.time.Instant;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.StaffSessionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps signed-in sessions in {@code staff_session}. Checking a token is one indexed
 * {@code UPDATE … RETURNING}: it finds the live session and marks it seen in the same statement.
 */
@Component
@SecondaryAdapter
public class StaffSessionPersistenceAdapter implements StaffSessionStore {

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
        // GREATEST: a clock set back (tests; a corrected server clock) never makes a session look idle longer.
        return jdbc.sql("""
                UPDATE staff_session SET last_seen_at = GREATEST(last_seen_at, :now)
                WHERE token_hash = :hash AND last_seen_at > :idle AND signed_in_at > :absolute
                RETURNING username
                """).param("now", at(now)).param("hash", tokenHash).param("idle", at(idleCutoff))
                .param("absolute", at(absoluteCutoff)).query(String.class).optional();
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
