package org.openhall.complaint.adapter.out.persistence.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.complaint.application.port.out.RectificationRepository;
import org.openhall.complaint.domain.rating.Rectification;
import org.openhall.complaint.domain.rating.RectificationReply;
import org.openhall.complaint.domain.rating.ReturnVisit;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rectification orders in {@code rating_rectification}, updated under their version column. */
@Component
@SecondaryAdapter
public class RectificationPersistenceAdapter implements RectificationRepository {

    private final JdbcClient jdbc;

    public RectificationPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Rectification r) {
        jdbc.sql("""
                INSERT INTO rating_rectification (id, rating_id, number, department, assignees, real_name, opened_on,
                    due_on, return_visit_due_on)
                VALUES (:id, :rating, :number, :department, :assignees, :realName, :openedOn, :dueOn, :visitDueOn)""")
                .param("id", r.id()).param("rating", r.ratingId()).param("number", r.number())
                .param("department", r.department()).param("assignees", Sql.array(r.assignees()))
                .param("realName", r.realName()).param("openedOn", r.openedOn()).param("dueOn", r.dueOn())
                .param("visitDueOn", r.returnVisitDueOn()).update();
    }

    @Override
    public Rectification update(Rectification r) {
        RectificationReply reply = r.reply();
        ReturnVisit visit = r.returnVisit();
        int updated = jdbc.sql("""
                UPDATE rating_rectification SET reply = :reply, replied_by = :repliedBy, replied_at = :repliedAt,
                    visit_caller = :caller, visit_called_at = :calledAt, visit_outcome = :outcome,
                    visit_recorded_by = :recordedBy, visit_recorded_at = :recordedAt,
                    closed_by = :closedBy, closed_at = :closedAt, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("reply", reply == null ? null : reply.text())
                .param("repliedBy", reply == null ? null : reply.repliedBy())
                .param("repliedAt", reply == null ? null : Sql.timestamp(reply.repliedAt()))
                .param("caller", visit == null ? null : visit.caller())
                .param("calledAt", visit == null ? null : Sql.timestamp(visit.calledAt()))
                .param("outcome", visit == null ? null : visit.outcome())
                .param("recordedBy", visit == null ? null : visit.recordedBy())
                .param("recordedAt", visit == null ? null : Sql.timestamp(visit.recordedAt()))
                .param("closedBy", r.closedBy()).param("closedAt", Sql.timestamp(r.closedAt()))
                .param("id", r.id()).param("version", r.version()).update();
        if (updated != 1) {
            throw new ConcurrentUpdate("rectification", r.id().toString());
        }
        return findById(r.id()).orElseThrow();
    }

    @Override
    public Optional<Rectification> findById(UUID id) {
        return jdbc.sql("SELECT * FROM rating_rectification WHERE id = :id").param("id", id)
                .query(RectificationPersistenceAdapter::map).optional();
    }

    @Override
    public Optional<Rectification> findByRating(UUID ratingId) {
        return jdbc.sql("SELECT * FROM rating_rectification WHERE rating_id = :id").param("id", ratingId)
                .query(RectificationPersistenceAdapter::map).optional();
    }

    @Override
    public List<Rectification> list(String department, boolean openOnly) {
        return jdbc.sql("""
                SELECT * FROM rating_rectification
                WHERE (CAST(:department AS varchar) IS NULL OR department = :department)
                  AND (NOT :openOnly OR closed_at IS NULL)
                ORDER BY due_on, opened_on, id LIMIT 500""")
                .param("department", department).param("openOnly", openOnly)
                .query(RectificationPersistenceAdapter::map).list();
    }

    private static Rectification map(ResultSet rs, int row) throws SQLException {
        String reply = rs.getString("reply");
        String caller = rs.getString("visit_caller");
        return new Rectification(rs.getObject("id", UUID.class), rs.getObject("rating_id", UUID.class),
                rs.getString("number"), rs.getString("department"), Sql.list(rs.getArray("assignees")),
                rs.getBoolean("real_name"), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("return_visit_due_on", LocalDate.class),
                reply == null ? null : new RectificationReply(reply, rs.getString("replied_by"),
                        Sql.instant(rs.getTimestamp("replied_at"))),
                caller == null ? null : new ReturnVisit(caller, Sql.instant(rs.getTimestamp("visit_called_at")),
                        rs.getString("visit_outcome"), rs.getString("visit_recorded_by"),
                        Sql.instant(rs.getTimestamp("visit_recorded_at"))),
                rs.getString("closed_by"), Sql.instant(rs.getTimestamp("closed_at")), rs.getLong("version"));
    }
}
