package org.openhall.network.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.application.port.out.PasswordRecords;
import org.openhall.network.application.port.out.SecondFactor;
import org.openhall.network.application.port.out.SecondFactorStore;
import org.openhall.network.application.port.out.SignInFailureStore;
import org.openhall.network.domain.signin.SignInFailures;
import org.openhall.network.domain.signin.TotpSecret;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what proves a staff member's identity besides the account row: second factors and the
 * code steps already used, failed attempts, and earlier password hashes. Plain statements: each is
 * one row written in one statement, which is what keeps a code single-use under concurrency.
 *
 * <p>The TOTP secret (动态口令密钥) is sealed with the personal-data cipher, like an ID number: a copy
 * of the database must not let anyone compute a colleague's codes. A secret stored before sealing
 * existed (or by an older version) opens as it is and is sealed by the next rotation
 * ({@link NetworkPersonalDataColumns}) or the next enrolment.
 */
@Component
@SecondaryAdapter
public class SignInPersistenceAdapter implements SecondFactorStore, SignInFailureStore, PasswordRecords {

    /** Used steps further than this from the one just claimed can no longer be presented: they are dropped. */
    private static final long STEPS_KEPT = 4;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public SignInPersistenceAdapter(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SecondFactor> of(String username) {
        return jdbc.sql("SELECT secret, confirmed_at FROM staff_second_factor WHERE username = :username")
                .param("username", username)
                .query((row, n) -> new SecondFactor(TotpSecret.ofBase32(cipher.open(row.getString("secret"))),
                        row.getObject("confirmed_at") != null))
                .optional();
    }

    @Override
    @Transactional
    public void enrol(String username, TotpSecret secret) {
        jdbc.sql("""
                INSERT INTO staff_second_factor (username, secret, confirmed_at) VALUES (:username, :secret, NULL)
                ON CONFLICT (username) DO UPDATE SET secret = EXCLUDED.secret, confirmed_at = NULL
                """).param("username", username).param("secret", cipher.seal(secret.base32())).update();
    }

    @Override
    @Transactional
    public void remove(String username) {
        jdbc.sql("DELETE FROM staff_second_factor WHERE username = :username").param("username", username).update();
    }

    @Override
    @Transactional
    public void confirm(String username, Instant at) {
        jdbc.sql("UPDATE staff_second_factor SET confirmed_at = :at WHERE username = :username")
                .param("at", at(at)).param("username", username).update();
    }

    @Override
    @Transactional
    public boolean claim(String username, long step) {
        int claimed = jdbc.sql("""
                INSERT INTO staff_second_factor_use (username, step) VALUES (:username, :step)
                ON CONFLICT DO NOTHING
                """).param("username", username).param("step", step).update();
        if (claimed == 1) {
            jdbc.sql("DELETE FROM staff_second_factor_use WHERE username = :username AND abs(step - :step) > :kept")
                    .param("username", username).param("step", step).param("kept", STEPS_KEPT).update();
        }
        return claimed == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public SignInFailures of(String username, String source) {
        return jdbc.sql("""
                SELECT failures, last_failure_at FROM sign_in_failure WHERE username = :username AND source = :source
                """).param("username", username).param("source", source)
                .query((row, n) -> new SignInFailures(row.getInt("failures"), instant(row, "last_failure_at")))
                .optional().orElse(SignInFailures.NONE);
    }

    @Override
    @Transactional
    public void save(String username, String source, SignInFailures failures) {
        jdbc.sql("""
                INSERT INTO sign_in_failure (username, source, failures, last_failure_at)
                VALUES (:username, :source, :failures, :at)
                ON CONFLICT (username, source) DO UPDATE SET failures = EXCLUDED.failures,
                    last_failure_at = EXCLUDED.last_failure_at
                """).param("username", username).param("source", source).param("failures", failures.count())
                .param("at", at(failures.lastFailureAt())).update();
    }

    @Override
    @Transactional
    public void clear(String username, String source) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE username = :username AND source = :source")
                .param("username", username).param("source", source).update();
    }

    @Override
    @Transactional
    public void clearAllOf(String username) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE username = :username").param("username", username).update();
    }

    @Override
    @Transactional
    public int deleteLastFailedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM sign_in_failure WHERE last_failure_at <= :cutoff").param("cutoff", at(cutoff))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> changedAt(String username) {
        return jdbc.sql("SELECT password_changed_at FROM staff_account WHERE username = :username")
                .param("username", username).query((row, n) -> instant(row, "password_changed_at")).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> previousHashes(String username, int count) {
        return jdbc.sql("""
                SELECT password_hash FROM staff_password_history WHERE username = :username
                ORDER BY replaced_at DESC LIMIT :count
                """).param("username", username).param("count", count).query(String.class).list();
    }

    @Override
    @Transactional
    public void replace(String username, String newHash, Instant at) {
        jdbc.sql("""
                INSERT INTO staff_password_history (username, password_hash, replaced_at)
                SELECT username, password_hash, :at FROM staff_account WHERE username = :username
                """).param("username", username).param("at", at(at)).update();
        jdbc.sql("""
                UPDATE staff_account SET password_hash = :hash, password_changed_at = :at WHERE username = :username
                """).param("hash", newHash).param("at", at(at)).param("username", username).update();
    }
}
