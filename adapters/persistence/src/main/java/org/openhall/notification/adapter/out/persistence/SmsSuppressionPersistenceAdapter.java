package org.openhall.notification.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.notification.application.port.out.SmsSuppressionRepository;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The suppression list in {@code sms_suppression}, one row per number: the number sealed, found by its
 * blind index. A row from before sealing (plain number, no index yet) is still found by its number
 * until the key rotation seals it.
 */
@Component
@SecondaryAdapter
public class SmsSuppressionPersistenceAdapter implements SmsSuppressionRepository {

    /** Under the index key or, during an index-key rotation, a previous one; or a row from before sealing. */
    private static final String MATCHES = "phone_index IN (:indexes) OR (phone_index IS NULL AND phone = :plain)";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public SmsSuppressionPersistenceAdapter(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public boolean isSuppressed(String mobile) {
        return jdbc.sql("SELECT count(*) FROM sms_suppression WHERE " + MATCHES).param("indexes", indexes(mobile))
                .param("plain", mobile).query(Long.class).single() > 0;
    }

    @Override
    public void add(String mobile, String reason, Instant at) {
        // Not again for a number already listed, also not beside a row from before sealing (whose index
        // the rotation fills in later and which would then collide with this one).
        jdbc.sql("""
                INSERT INTO sms_suppression (phone, phone_index, reason, listed_at)
                SELECT :p, :index, :r, :at WHERE NOT EXISTS (SELECT 1 FROM sms_suppression WHERE %s)
                ON CONFLICT DO NOTHING
                """.formatted(MATCHES)).param("p", cipher.seal(mobile)).param("index", index(mobile))
                .param("indexes", indexes(mobile)).param("plain", mobile).param("r", reason).param("at", Timestamp.from(at)).update();
    }

    @Override
    public void remove(String mobile) {
        jdbc.sql("DELETE FROM sms_suppression WHERE " + MATCHES).param("indexes", indexes(mobile)).param("plain", mobile)
                .update();
    }

    private String index(String mobile) {
        return cipher.blindIndex(PersonalDataKind.PHONE, mobile);
    }

    private List<String> indexes(String mobile) {
        return cipher.blindIndexes(PersonalDataKind.PHONE, mobile);
    }
}
