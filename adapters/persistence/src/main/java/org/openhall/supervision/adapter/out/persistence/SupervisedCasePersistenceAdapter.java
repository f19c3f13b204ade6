package org.openhall.supervision.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.shared.adapter.out.persistence.SqlArrays;
import org.openhall.supervision.application.port.out.SupervisedCaseRepository;
import org.openhall.supervision.domain.CasePause;
import org.openhall.supervision.domain.CaseStage;
import org.openhall.supervision.domain.CurrentStep;
import org.openhall.supervision.domain.SupervisedCase;
import org.openhall.supervision.domain.SupervisedCaseSnapshot;
import org.openhall.supervision.domain.WatchedDeadline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervised cases in {@code supervision_case}, their pauses and handlers in tables of their
 * own. The sweep's read goes along
 * the partial index on the next check day; overdue counts along the partial index on open cases by
 * due date, which carries the department.
 */
@Component
@SecondaryAdapter
public class SupervisedCasePersistenceAdapter implements SupervisedCaseRepository {

    /** The sweep's read: the next cases to look at, in the order of the next-check index. */
    static final String DUE_FOR_CHECK = """
            SELECT * FROM supervision_case
            WHERE next_check_on IS NOT NULL AND next_check_on <= :today
            ORDER BY next_check_on, case_id LIMIT :limit""";

    /** Overdue open cases per department; the due-date column is put in by {@link #overdueQuery}. */
    private static final String OVERDUE_BY_DEPARTMENT = """
            SELECT department, count(*) AS n FROM supervision_case
            WHERE NOT closed AND %s < :today GROUP BY department""";

    private final JdbcClient jdbc;

    public SupervisedCasePersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SupervisedCase> find(String caseId) {
        // One statement per event the projection applies: the case with its pauses and handlers.
        return jdbc.sql("""
                SELECT c.*, p.pause_from, p.pause_to, p.pause_kind, h.handlers
                FROM supervision_case c
                LEFT JOIN LATERAL (SELECT array_agg(from_day ORDER BY from_day) AS pause_from,
                                          array_agg(to_day ORDER BY from_day) AS pause_to,
                                          array_agg(kind ORDER BY from_day) AS pause_kind
                                   FROM supervision_case_pause WHERE case_id = c.case_id) p ON true
                LEFT JOIN LATERAL (SELECT array_agg(username ORDER BY username) AS handlers
                                   FROM supervision_case_handler WHERE case_id = c.case_id) h ON true
                WHERE c.case_id = :caseId""")
                .param("caseId", caseId).query(SupervisedCasePersistenceAdapter::withChildren).optional();
    }

    @Override
    @Transactional
    public void save(SupervisedCase supervisedCase) {
        SupervisedCaseSnapshot s = supervisedCase.snapshot();
        CurrentStep step = s.step();
        List<CasePause> pauses = s.pauses();
        // One statement, one round trip per event the projection applies: the case row, and its pauses
        // and handlers. Pauses are only ever opened and closed, handlers only added, so upserts keep their
        // rows in step; a pause that did not change is not written again. The children's foreign keys are
        // checked at the end of the statement, when the case row of a first event exists.
        jdbc.sql("""
                WITH supervised AS (
                    INSERT INTO supervision_case (case_id, case_number, item_code, department, window_code, channel,
                        online_available, stage, closed, received_on, accepted_on, promised_due_on, statutory_due_on,
                        step_position, step_name, step_handler_role, step_started_on, step_due_on, closed_on,
                        within_promised_limit, within_statutory_limit, next_check_on)
                    VALUES (:caseId, :caseNumber, :itemCode, :department, :window, :channel, :onlineAvailable, :stage,
                        :closed, :receivedOn, :acceptedOn, :promisedDueOn, :statutoryDueOn, :stepPosition, :stepName,
                        :stepHandlerRole, :stepStartedOn, :stepDueOn, :closedOn, :withinPromised, :withinStatutory,
                        :nextCheckOn)
                    ON CONFLICT (case_id) DO UPDATE SET case_number = EXCLUDED.case_number,
                        item_code = EXCLUDED.item_code, department = EXCLUDED.department,
                        window_code = EXCLUDED.window_code, channel = EXCLUDED.channel,
                        online_available = EXCLUDED.online_available, stage = EXCLUDED.stage, closed = EXCLUDED.closed,
                        received_on = EXCLUDED.received_on, accepted_on = EXCLUDED.accepted_on,
                        promised_due_on = EXCLUDED.promised_due_on, statutory_due_on = EXCLUDED.statutory_due_on,
                        step_position = EXCLUDED.step_position, step_name = EXCLUDED.step_name,
                        step_handler_role = EXCLUDED.step_handler_role, step_started_on = EXCLUDED.step_started_on,
                        step_due_on = EXCLUDED.step_due_on, closed_on = EXCLUDED.closed_on,
                        within_promised_limit = EXCLUDED.within_promised_limit,
                        within_statutory_limit = EXCLUDED.within_statutory_limit,
                        next_check_on = EXCLUDED.next_check_on
                    RETURNING case_id),
                pauses AS (
                    INSERT INTO supervision_case_pause (case_id, from_day, to_day, kind)
                    SELECT :caseId, p.from_day, p.to_day, p.kind
                    FROM unnest(CAST(:froms AS date[]), CAST(:tos AS date[]), CAST(:kinds AS text[]))
                        AS p (from_day, to_day, kind)
                    ON CONFLICT (case_id, from_day) DO UPDATE SET to_day = EXCLUDED.to_day, kind = EXCLUDED.kind
                    WHERE (supervision_case_pause.to_day, supervision_case_pause.kind)
                        IS DISTINCT FROM (EXCLUDED.to_day, EXCLUDED.kind)),
                handlers AS (
                    INSERT INTO supervision_case_handler (case_id, username)
                    SELECT :caseId, u FROM unnest(CAST(:usernames AS text[])) AS u
                    ON CONFLICT DO NOTHING)
                SELECT count(*) FROM supervised""")
                .param("caseId", s.caseId()).param("caseNumber", s.caseNumber()).param("itemCode", s.itemCode())
                .param("department", s.department()).param("window", s.window()).param("channel", s.channel())
                .param("onlineAvailable", s.onlineAvailable()).param("stage", s.stage().name())
                .param("closed", s.stage().isClosed()).param("receivedOn", s.receivedOn())
                .param("acceptedOn", s.acceptedOn()).param("promisedDueOn", s.promisedDueOn())
                .param("statutoryDueOn", s.statutoryDueOn())
                .param("stepPosition", step == null ? null : step.position())
                .param("stepName", step == null ? null : step.name())
                .param("stepHandlerRole", step == null ? null : step.handlerRole())
                .param("stepStartedOn", step == null ? null : step.startedOn())
                .param("stepDueOn", step == null ? null : step.dueOn())
                .param("closedOn", s.closedOn()).param("withinPromised", s.withinPromisedLimit())
                .param("withinStatutory", s.withinStatutoryLimit()).param("nextCheckOn", s.nextCheckOn())
                .param("froms", isoDates(pauses.stream().map(CasePause::from).toList()))
                .param("tos", isoDates(pauses.stream().map(CasePause::to).toList()))
                .param("kinds", pauses.stream().map(CasePause::kind).toArray(String[]::new))
                .param("usernames", s.handlers().toArray(String[]::new))
                .query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupervisedCase> dueForCheck(LocalDate today, int limit) {
        return load(jdbc.sql(DUE_FOR_CHECK).param("today", today).param("limit", limit)
                .query(SupervisedCasePersistenceAdapter::row).list());
    }

    @Override
    @Transactional
    public void planNextCheck(String caseId, LocalDate nextCheckOn) {
        jdbc.sql("UPDATE supervision_case SET next_check_on = :next WHERE case_id = :caseId")
                .param("next", nextCheckOn).param("caseId", caseId).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupervisedCaseSnapshot> completedBetween(LocalDate from, LocalDate to) {
        return load(jdbc.sql("""
                SELECT * FROM supervision_case WHERE closed AND stage = 'COMPLETED' AND closed_on BETWEEN :from AND :to
                """).param("from", from).param("to", to).query(SupervisedCasePersistenceAdapter::row).list())
                .stream().map(SupervisedCase::snapshot).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countOpen() {
        return jdbc.sql("SELECT count(*) FROM supervision_case WHERE NOT closed").query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public long countDueBetween(WatchedDeadline watched, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM supervision_case WHERE NOT closed AND " + dueColumn(watched)
                + " BETWEEN :from AND :to").param("from", from).param("to", to).query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> countOverdueByDepartment(WatchedDeadline watched, LocalDate today) {
        // A parallel plan costs more than it saves once the index carries the department.
        jdbc.sql("SET LOCAL max_parallel_workers_per_gather = 0").update();
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(overdueQuery(watched)).param("today", today)
                .query((rs, n) -> counts.put(rs.getString("department"), rs.getLong("n"))).list();
        return counts;
    }

    static String overdueQuery(WatchedDeadline watched) {
        return OVERDUE_BY_DEPARTMENT.formatted(dueColumn(watched));
    }

    private static String dueColumn(WatchedDeadline watched) {
        return watched == WatchedDeadline.PROMISED ? "promised_due_on" : "statutory_due_on";
    }

    /** Adds pauses and handlers to the rows read, two queries for any number of cases. */
    private List<SupervisedCase> load(List<SupervisedCaseSnapshot> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<String> ids = rows.stream().map(SupervisedCaseSnapshot::caseId).toList();
        Map<String, List<CasePause>> pauses = new HashMap<>();
        jdbc.sql("SELECT * FROM supervision_case_pause WHERE case_id IN (:ids) ORDER BY from_day").param("ids", ids)
                .query((rs, n) -> pauses.computeIfAbsent(rs.getString("case_id"), k -> new ArrayList<>())
                        .add(new CasePause(rs.getString("kind"), rs.getObject("from_day", LocalDate.class),
                                rs.getObject("to_day", LocalDate.class))))
                .list();
        Map<String, Set<String>> handlers = new HashMap<>();
        jdbc.sql("SELECT * FROM supervision_case_handler WHERE case_id IN (:ids) ORDER BY username").param("ids", ids)
                .query((rs, n) -> handlers.computeIfAbsent(rs.getString("case_id"), k -> new LinkedHashSet<>())
                        .add(rs.getString("username")))
                .list();
        List<SupervisedCase> cases = new ArrayList<>();
        for (SupervisedCaseSnapshot r : rows) {
            cases.add(SupervisedCase.restore(withChildren(r, pauses.getOrDefault(r.caseId(), List.of()),
                    handlers.getOrDefault(r.caseId(), Set.of()))));
        }
        return cases;
    }

    /** Dates as the text a {@code date[]} cast reads; the driver sends a text array as it is. */
    private static String[] isoDates(List<LocalDate> dates) {
        return dates.stream().map(d -> d == null ? null : d.toString()).toArray(String[]::new);
    }

    /** A row of {@link #find}: the case and its pauses and handlers as arrays. */
    private static SupervisedCase withChildren(ResultSet rs, int rowNum) throws SQLException {
        SupervisedCaseSnapshot r = row(rs, rowNum);
        SqlArrays arrays = new SqlArrays(rs);
        List<LocalDate> froms = arrays.dates("pause_from");
        List<LocalDate> tos = arrays.dates("pause_to");
        List<String> kinds = arrays.texts("pause_kind");
        List<CasePause> pauses = new ArrayList<>(froms.size());
        for (int i = 0; i < froms.size(); i++) {
            pauses.add(new CasePause(kinds.get(i), froms.get(i), tos.get(i)));
        }
        return SupervisedCase.restore(withChildren(r, pauses, new LinkedHashSet<>(arrays.texts("handlers"))));
    }

    private static SupervisedCaseSnapshot withChildren(SupervisedCaseSnapshot r, List<CasePause> pauses,
            Set<String> handlers) {
        return new SupervisedCaseSnapshot(r.caseId(), r.caseNumber(), r.itemCode(), r.department(), r.window(),
                r.channel(), r.onlineAvailable(), r.stage(), r.receivedOn(), r.acceptedOn(), r.promisedDueOn(),
                r.statutoryDueOn(), r.step(), pauses, r.closedOn(), r.withinPromisedLimit(), r.withinStatutoryLimit(),
                handlers, r.nextCheckOn());
    }

    private static SupervisedCaseSnapshot row(ResultSet rs, int rowNum) throws SQLException {
        String stepName = rs.getString("step_name");
        CurrentStep step = stepName == null ? null
                : new CurrentStep(rs.getInt("step_position"), stepName, rs.getString("step_handler_role"),
                        rs.getObject("step_started_on", LocalDate.class), rs.getObject("step_due_on", LocalDate.class));
        return new SupervisedCaseSnapshot(rs.getString("case_id"), rs.getString("case_number"),
                rs.getString("item_code"), rs.getString("department"), rs.getString("window_code"),
                rs.getString("channel"), rs.getBoolean("online_available"), CaseStage.valueOf(rs.getString("stage")),
                rs.getObject("received_on", LocalDate.class), rs.getObject("accepted_on", LocalDate.class),
                rs.getObject("promised_due_on", LocalDate.class), rs.getObject("statutory_due_on", LocalDate.class),
                step, List.of(), rs.getObject("closed_on", LocalDate.class),
                (Boolean) rs.getObject("within_promised_limit"), (Boolean) rs.getObject("within_statutory_limit"),
                Set.of(), rs.getObject("next_check_on", LocalDate.class));
    }
}
