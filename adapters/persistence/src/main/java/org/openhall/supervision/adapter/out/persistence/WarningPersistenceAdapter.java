package org.openhall.supervision.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.supervision.application.port.in.WarningFilter;
import org.openhall.supervision.application.port.out.WarningRepository;
import org.openhall.supervision.domain.CardFact;
import org.openhall.supervision.domain.SupervisionRule;
import org.openhall.supervision.domain.Warning;
import org.openhall.supervision.domain.WarningLevel;
import org.openhall.supervision.domain.WarningSnapshot;
import org.openhall.supervision.domain.WarningStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings and cards in {@code supervision_warning}. Exactly one per (case, rule, level): the
 * table's unique constraint decides and {@code INSERT … ON CONFLICT DO NOTHING} asks it, so two
 * sweeps inserting the same finding at once store one row, and the second learns it stored none.
 */
@Component
@SecondaryAdapter
public class WarningPersistenceAdapter implements WarningRepository {

    private final JdbcClient jdbc;

    public WarningPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public boolean addIfAbsent(Warning warning) {
        WarningSnapshot w = warning.snapshot();
        return jdbc.sql("""
                INSERT INTO supervision_warning (id, case_id, case_number, department, item_code, rule, level, due_on,
                    raised_on, raised_at, status, version)
                VALUES (:id, :caseId, :caseNumber, :department, :itemCode, :rule, :level, :dueOn, :raisedOn,
                    :raisedAt, :status, 0)
                ON CONFLICT (case_id, rule, level) DO NOTHING""")
                .param("id", UUID.fromString(w.id())).param("caseId", w.caseId()).param("caseNumber", w.caseNumber())
                .param("department", w.department()).param("itemCode", w.itemCode()).param("rule", w.rule().name())
                .param("level", w.level().name()).param("dueOn", w.dueOn()).param("raisedOn", w.raisedOn())
                .param("raisedAt", w.raisedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .param("status", w.status().name())
                .update() == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Warning> find(String id) {
        Optional<UUID> uuid = uuid(id);
        if (uuid.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM supervision_warning WHERE id = :id").param("id", uuid.get())
                .query(WarningPersistenceAdapter::warning).optional();
    }

    @Override
    @Transactional
    public void update(Warning warning) {
        WarningSnapshot w = warning.snapshot();
        int updated = jdbc.sql("""
                UPDATE supervision_warning SET status = :status, contest_reason = :contestReason,
                    contested_by = :contestedBy, contested_on = :contestedOn, decision_reason = :decisionReason,
                    decided_by = :decidedBy, decided_on = :decidedOn, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", w.status().name()).param("contestReason", w.contestReason())
                .param("contestedBy", w.contestedBy()).param("contestedOn", w.contestedOn())
                .param("decisionReason", w.decisionReason()).param("decidedBy", w.decidedBy())
                .param("decidedOn", w.decidedOn()).param("id", UUID.fromString(w.id())).param("version", w.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentUpdate("warning", w.id());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Warning> find(WarningFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("TRUE");
        Map<String, Object> params = new HashMap<>();
        filter.department().ifPresent(d -> condition(where, params, "department = :department", "department", d));
        filter.level().ifPresent(l -> condition(where, params, "level = :level", "level", l.name()));
        filter.rule().ifPresent(r -> condition(where, params, "rule = :rule", "rule", r.name()));
        filter.status().ifPresent(s -> condition(where, params, "status = :status", "status", s.name()));
        filter.caseId().ifPresent(c -> condition(where, params, "case_id = :caseId", "caseId", c));
        filter.from().ifPresent(f -> condition(where, params, "raised_on >= :from", "from", f));
        filter.to().ifPresent(t -> condition(where, params, "raised_on <= :to", "to", t));
        long total = jdbc.sql("SELECT count(*) FROM supervision_warning WHERE " + where).params(params)
                .query(Long.class).single();
        List<Warning> content = jdbc.sql("SELECT * FROM supervision_warning WHERE " + where
                + " ORDER BY raised_on DESC, raised_at DESC, id LIMIT :limit OFFSET :offset").params(params)
                .param("limit", page.size()).param("offset", page.offset())
                .query(WarningPersistenceAdapter::warning).list();
        return Page.of(content, page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CardFact> standingBetween(LocalDate from, LocalDate to) {
        Map<String, Set<String>> handlers = new HashMap<>();
        jdbc.sql("""
                SELECT h.case_id, h.username FROM supervision_case_handler h
                WHERE h.case_id IN (SELECT case_id FROM supervision_warning
                    WHERE raised_on BETWEEN :from AND :to AND status <> 'REVOKED')""")
                .param("from", from).param("to", to)
                .query((rs, n) -> handlers.computeIfAbsent(rs.getString("case_id"), k -> new LinkedHashSet<>())
                        .add(rs.getString("username")))
                .list();
        List<CardFact> facts = new ArrayList<>();
        jdbc.sql("""
                SELECT case_id, department, item_code, level FROM supervision_warning
                WHERE raised_on BETWEEN :from AND :to AND status <> 'REVOKED'""")
                .param("from", from).param("to", to)
                .query((rs, n) -> facts.add(new CardFact(rs.getString("case_id"), rs.getString("department"),
                        rs.getString("item_code"), handlers.getOrDefault(rs.getString("case_id"), Set.of()),
                        WarningLevel.valueOf(rs.getString("level")))))
                .list();
        return facts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<WarningLevel, Long> countStandingByLevel() {
        Map<WarningLevel, Long> counts = new EnumMap<>(WarningLevel.class);
        jdbc.sql("SELECT level, count(*) AS n FROM supervision_warning WHERE status <> 'REVOKED' GROUP BY level")
                .query((rs, n) -> counts.put(WarningLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        return counts;
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String sql, String name,
            Object value) {
        where.append(" AND ").append(sql);
        params.put(name, value);
    }

    static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Warning warning(ResultSet rs, int rowNum) throws SQLException {
        return Warning.restore(new WarningSnapshot(rs.getString("id"), rs.getString("case_id"),
                rs.getString("case_number"), rs.getString("department"), rs.getString("item_code"),
                SupervisionRule.valueOf(rs.getString("rule")), WarningLevel.valueOf(rs.getString("level")),
                rs.getObject("due_on", LocalDate.class), rs.getObject("raised_on", LocalDate.class),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
                WarningStatus.valueOf(rs.getString("status")), rs.getString("contest_reason"),
                rs.getString("contested_by"), rs.getObject("contested_on", LocalDate.class),
                rs.getString("decision_reason"), rs.getString("decided_by"),
                rs.getObject("decided_on", LocalDate.class), rs.getLong("version")));
    }
}
