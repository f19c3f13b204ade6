package org.openhall.servicecase.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.out.CaseQueuePort;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work queues and counts in plain SQL over the due-date columns the case adapter keeps. The
 * filters hit partial indexes: open cases by window (a clerk's queue), accepted cases by department
 * and step role (an approver's queue); a queue is then sorted in the few rows it holds.
 *
 * <p>The one-time-notice deadline of a merely submitted case depends on the working-day calendar,
 * so the caller supplies it per receipt day: the distinct receipt days of the submitted cases in
 * the queue are read first and joined as a small table of (received on, notice due on).
 */
@Component
@SecondaryAdapter
public class CaseQueuePersistenceAdapter implements CaseQueuePort {

    private static final String COLUMNS = """
            c.id, c.number, c.item_code, c.item_name, c.department, c.applicant_name, c.status, c.channel,
            c.window_code, c.received_on, c.round_received_on, c.promised_due_on, c.statutory_due_on,
            c.current_step_position, c.current_step_due_on, c.current_step_role, c.received_at, c.version""";

    private final JdbcClient jdbc;

    public CaseQueuePersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<QueuedCase> queue(Selection selection, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(selection, params);
        String notices = noticeTable(selection, where, params);
        String queued = """
                SELECT %s,
                       CASE WHEN c.status = 'ACCEPTED' THEN LEAST(c.current_step_due_on, c.promised_due_on)
                            WHEN c.status = 'SUBMITTED' THEN n.due_on END AS due_on
                FROM service_case c
                LEFT JOIN (%s) AS n (received_on, due_on)
                       ON c.status = 'SUBMITTED' AND n.received_on = c.round_received_on
                WHERE %s""".formatted(COLUMNS, notices, where);
        String due = "";
        if (selection.dueOnOrBefore().isPresent()) {
            due = " WHERE q.due_on <= :dueOnOrBefore";
            params.put("dueOnOrBefore", selection.dueOnOrBefore().get());
        }
        long total = jdbc.sql("SELECT count(*) FROM (" + queued + ") q" + due).params(params).query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<QueuedCase> content = jdbc.sql("SELECT * FROM (" + queued + ") q" + due
                + " ORDER BY q.due_on ASC NULLS LAST, q.received_at, q.number LIMIT :limit OFFSET :offset")
                .params(params).query(CaseQueuePersistenceAdapter::queuedCase).list();
        return Page.of(content, page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusCount> countByStatus(Optional<DepartmentCode> department, LocalDate today) {
        // One grouped scan of the (department, status, …) index; paused = accepted with its clocks
        // stopped, which is when the stored due dates are empty.
        return jdbc.sql("""
                SELECT status, count(*) AS cases,
                       count(*) FILTER (WHERE status = 'ACCEPTED' AND statutory_due_on IS NULL) AS paused,
                       count(*) FILTER (WHERE status = 'ACCEPTED' AND promised_due_on < :today) AS overdue
                FROM service_case
                WHERE (CAST(:department AS varchar) IS NULL OR department = :department)
                GROUP BY status
                """)
                .param("today", today)
                .param("department", department.map(DepartmentCode::value).orElse(null))
                .query((rs, n) -> new StatusCount(CaseStatus.valueOf(rs.getString("status")), rs.getLong("cases"),
                        rs.getLong("paused"), rs.getLong("overdue")))
                .list();
    }

    private static String where(Selection s, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("c.status IN (:statuses)");
        params.put("statuses", s.statuses().stream().map(CaseStatus::name).sorted().toList());
        if (!s.windows().isEmpty()) {
            conditions.add("c.window_code IN (:windows)");
            params.put("windows", s.windows().stream().map(WindowCode::value).sorted().toList());
        }
        s.department().ifPresent(d -> {
            conditions.add("c.department = :department");
            params.put("department", d.value());
        });
        s.stepRole().ifPresent(r -> {
            conditions.add("c.current_step_role = :stepRole");
            params.put("stepRole", r.name());
        });
        s.itemCode().ifPresent(i -> {
            conditions.add("c.item_code = :itemCode");
            params.put("itemCode", i.value());
        });
        s.channel().ifPresent(ch -> {
            conditions.add("c.channel = :channel");
            params.put("channel", ch.name());
        });
        return String.join(" AND ", conditions);
    }

    /** A VALUES table of the notice deadlines of the receipt days of the selection's submitted cases. */
    private String noticeTable(Selection s, String where, Map<String, Object> params) {
        String empty = "SELECT CAST(NULL AS date), CAST(NULL AS date) WHERE false";
        if (!s.statuses().contains(CaseStatus.SUBMITTED)) {
            return empty;
        }
        List<LocalDate> days = jdbc.sql("SELECT DISTINCT c.round_received_on FROM service_case c WHERE " + where
                + " AND c.status = 'SUBMITTED' ORDER BY 1").params(params).query(LocalDate.class).list();
        if (days.isEmpty()) {
            return empty;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            values.add("(CAST(:received" + i + " AS date), CAST(:noticeDue" + i + " AS date))");
            params.put("received" + i, days.get(i));
            params.put("noticeDue" + i, s.noticeDueOf().apply(days.get(i)));
        }
        return "VALUES " + String.join(", ", values);
    }

    private static QueuedCase queuedCase(ResultSet rs, int row) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
        String role = rs.getString("current_step_role");
        int position = rs.getInt("current_step_position");
        Integer step = rs.wasNull() ? null : position;
        return new QueuedCase(rs.getString("id"), rs.getString("number"), rs.getString("item_code"),
                rs.getString("item_name"), rs.getString("department"), rs.getString("applicant_name"), status,
                SubmissionChannel.valueOf(rs.getString("channel")), rs.getString("window_code"),
                rs.getObject("received_on", LocalDate.class), rs.getObject("round_received_on", LocalDate.class),
                rs.getObject("promised_due_on", LocalDate.class), status == CaseStatus.ACCEPTED ? step : null,
                rs.getObject("current_step_due_on", LocalDate.class),
                status == CaseStatus.ACCEPTED && role != null ? Role.valueOf(role) : null,
                rs.getObject("due_on", LocalDate.class),
                status == CaseStatus.ACCEPTED && rs.getObject("statutory_due_on") == null, rs.getLong("version"));
    }
}
