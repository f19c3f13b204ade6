package org.openhall.notification.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.notification.application.port.in.NoticeFilter;
import org.openhall.notification.application.port.out.NoticeRepository;
import org.openhall.notification.domain.MessageKind;
import org.openhall.notification.domain.Notice;
import org.openhall.notification.domain.NoticeId;
import org.openhall.notification.domain.NoticeSnapshot;
import org.openhall.notification.domain.NoticeState;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notices in {@code sms_notice}: inserted with ON CONFLICT DO NOTHING (the derived id makes a
 * redelivered event a no-op), updated under an optimistic version check, swept with
 * {@code FOR UPDATE SKIP LOCKED}; the daily limit is a counter raised by an upsert only below the limit.
 */
@Component
@SecondaryAdapter
public class NoticePersistenceAdapter implements NoticeRepository {

    private static final String COLUMNS = """
            id, case_id, case_number, department, template_key, vendor_code, kind, phone, text,
            ARRAY(SELECT x FROM jsonb_each_text(variables) j, LATERAL unnest(ARRAY[j.key, j.value]) WITH ORDINALITY
                  AS u(x, n) ORDER BY j.key, n) AS variable_pairs,
            segments, state, due_at, attempts, reconciliations, gateway_message_id, last_error, created_at,
            sent_at, reported_at, version""";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public NoticePersistenceAdapter(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A transaction-scoped advisory lock on the notice's id: released by the commit or rollback. */
    @Override
    public void holdCreation(NoticeId id) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))) AS held")
                .param("id", id.value().toString()).query(Integer.class).single();
    }

    @Override
    public boolean insert(Notice notice) {
        NoticeSnapshot s = notice.snapshot();
        return jdbc.sql("""
                INSERT INTO sms_notice (id, case_id, case_number, department, template_key, vendor_code, kind, phone,
                    text, variables, segments, state, due_at, attempts, reconciliations, gateway_message_id,
                    last_error, created_at, sent_at, reported_at, version)
                VALUES (:id, :caseId, :caseNumber, :department, :templateKey, :vendorCode, :kind, :phone,
                    :text, CAST(:variables AS jsonb), :segments, :state, :dueAt, :attempts,
                    :reconciliations, :gatewayMessageId, :lastError, :createdAt, :sentAt, :reportedAt, 0)
                ON CONFLICT (id) DO NOTHING
                """)
                .param("id", s.id().value())
                .param("caseId", s.caseId())
                .param("caseNumber", s.caseNumber())
                .param("department", s.department())
                .param("templateKey", s.templateKey())
                .param("vendorCode", s.vendorCode())
                .param("kind", s.kind().name())
                .param("phone", cipher.seal(s.phone().value()))
                .param("text", s.text())
                .param("variables", json(s.variables()))
                .param("segments", s.segments())
                .param("state", s.state().name())
                .param("dueAt", ts(s.dueAt()))
                .param("attempts", s.attempts())
                .param("reconciliations", s.reconciliations())
                .param("gatewayMessageId", s.gatewayMessageId())
                .param("lastError", s.lastError())
                .param("createdAt", ts(s.createdAt()))
                .param("sentAt", ts(s.sentAt()))
                .param("reportedAt", ts(s.reportedAt()))
                .update() == 1;
    }

    @Override
    public void update(Notice notice) {
        NoticeSnapshot s = notice.snapshot();
        int rows = jdbc.sql("""
                UPDATE sms_notice SET state = :state, due_at = :dueAt, attempts = :attempts,
                    reconciliations = :reconciliations, gateway_message_id = :gatewayMessageId,
                    last_error = :lastError, sent_at = :sentAt, reported_at = :reportedAt, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("id", s.id().value())
                .param("version", s.version())
                .param("state", s.state().name())
                .param("dueAt", ts(s.dueAt()))
                .param("attempts", s.attempts())
                .param("reconciliations", s.reconciliations())
                .param("gatewayMessageId", s.gatewayMessageId())
                .param("lastError", truncate(s.lastError()))
                .param("sentAt", ts(s.sentAt()))
                .param("reportedAt", ts(s.reportedAt()))
                .update();
        if (rows != 1) {
            throw new ConcurrentUpdate("notice", s.id().toString());
        }
    }

    @Override
    public Optional<Notice> findById(NoticeId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sms_notice WHERE id = :id").param("id", id.value())
                .query(this::notice).optional();
    }

    @Override
    public Optional<Notice> findByGatewayMessageId(String messageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sms_notice WHERE gateway_message_id = :m ORDER BY created_at LIMIT 1")
                .param("m", messageId).query(this::notice).optional();
    }

    @Override
    public List<Notice> lockDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM sms_notice
                WHERE state IN ('PENDING', 'DEFERRED', 'UNCERTAIN') AND due_at <= :now
                ORDER BY due_at, id
                LIMIT :limit
                FOR UPDATE SKIP LOCKED
                """).param("now", ts(now)).param("limit", limit).query(this::notice).list();
    }

    @Override
    public boolean takeDailySlot(String mobile, String templateKey, LocalDate day, int limit) {
        // The conflict branch raises the counter only below the limit; no row back means the day is full.
        return !jdbc.sql("""
                INSERT INTO sms_daily_count (phone_index, template_key, day, used) VALUES (:phone, :template, :day, 1)
                ON CONFLICT (phone_index, template_key, day) DO UPDATE SET used = sms_daily_count.used + 1
                    WHERE sms_daily_count.used < :limit
                RETURNING used
                """).param("phone", cipher.blindIndex(PersonalDataKind.PHONE, mobile)).param("template", templateKey).param("day", day).param("limit", limit)
                .query(Integer.class).list().isEmpty();
    }

    @Override
    public Page<Notice> findAll(NoticeFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        filter.state().ifPresent(state -> {
            where.append(" AND state = :state");
            params.put("state", state.name());
        });
        filter.department().ifPresent(d -> {
            where.append(" AND department = :department");
            params.put("department", d);
        });
        filter.caseNumber().ifPresent(n -> {
            where.append(" AND case_number = :caseNumber");
            params.put("caseNumber", n);
        });
        long total = jdbc.sql("SELECT count(*) FROM sms_notice" + where).params(params).query(Long.class).single();
        List<Notice> content = jdbc.sql("SELECT " + COLUMNS + " FROM sms_notice" + where
                + " ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .params(params).param("size", page.size()).param("offset", page.offset())
                .query(this::notice).list();
        return Page.of(content, page, total);
    }

    private Notice notice(ResultSet rs, int row) throws SQLException {
        return Notice.restore(new NoticeSnapshot(new NoticeId(rs.getObject("id", UUID.class)),
                rs.getString("case_id"), rs.getString("case_number"), rs.getString("department"),
                rs.getString("template_key"), rs.getString("vendor_code"), MessageKind.valueOf(rs.getString("kind")),
                new PhoneNumber(cipher.open(rs.getString("phone"))), rs.getString("text"), variables(rs.getArray("variable_pairs")),
                rs.getInt("segments"), instant(rs.getTimestamp("created_at")), rs.getLong("version"),
                NoticeState.valueOf(rs.getString("state")), instant(rs.getTimestamp("due_at")), rs.getInt("attempts"),
                rs.getInt("reconciliations"), rs.getString("gateway_message_id"), rs.getString("last_error"),
                instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("reported_at"))));
    }

    private static Map<String, String> variables(Array pairs) throws SQLException {
        Map<String, String> map = new LinkedHashMap<>();
        if (pairs == null) {
            return map;
        }
        Object[] values = (Object[]) pairs.getArray();
        for (int i = 0; i + 1 < values.length; i += 2) {
            map.put((String) values[i], (String) values[i + 1]);
        }
        return map;
    }

    /** A flat JSON object of strings; written by hand, as this adapter needs no JSON library for it. */
    static String json(Map<String, String> variables) {
        StringBuilder out = new StringBuilder("{");
        variables.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, k).append(':');
            quote(out, v);
        });
        return out.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
