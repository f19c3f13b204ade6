package org.openhall.notification.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.notification.application.port.out.SmsSuppressionRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The suppression list in {@code sms_suppression}, one row per number. */
@Component
@SecondaryAdapter
public class SmsSuppressionPersistenceAdapter implements SmsSuppressionRepository {

    private final JdbcClient jdbc;

    public SmsSuppressionPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isSuppressed(String mobile) {
        return jdbc.sql("SELECT count(*) FROM sms_suppression WHERE phone = :p").param("p", mobile)
                .query(Long.class).single() > 0;
    }

    @Override
    public void add(String mobile, String reason, Instant at) {
        jdbc.sql("INSERT INTO sms_suppression (phone, reason, listed_at) VALUES (:p, :r, :at) ON CONFLICT DO NOTHING")
                .param("p", mobile).param("r", reason).param("at", Timestamp.from(at)).update();
    }

    @Override
    public void remove(String mobile) {
        jdbc.sql("DELETE FROM sms_suppression WHERE phone = :p").param("p", mobile).update();
    }
}
