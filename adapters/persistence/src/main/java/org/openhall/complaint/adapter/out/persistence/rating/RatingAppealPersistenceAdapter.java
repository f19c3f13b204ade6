package org.openhall.complaint.adapter.out.persistence.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.complaint.application.port.out.RatingAppealRepository;
import org.openhall.complaint.domain.rating.AppealDecision;
import org.openhall.complaint.domain.rating.ExclusionGround;
import org.openhall.complaint.domain.rating.RatingAppeal;
import org.openhall.complaint.domain.rating.problem.AppealPending;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appeals in {@code rating_appeal}: filed once, decided once, never removed. */
@Component
@SecondaryAdapter
public class RatingAppealPersistenceAdapter implements RatingAppealRepository {

    private final JdbcClient jdbc;

    public RatingAppealPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(RatingAppeal a) {
        try {
            jdbc.sql("""
                    INSERT INTO rating_appeal (id, rating_id, department, ground, reason, filed_by, filed_at)
                    VALUES (:id, :rating, :department, :ground, :reason, :by, :at)""")
                    .param("id", a.id()).param("rating", a.ratingId()).param("department", a.department())
                    .param("ground", a.ground().name()).param("reason", a.reason()).param("by", a.filedBy())
                    .param("at", Sql.timestamp(a.filedAt())).update();
        } catch (DuplicateKeyException pending) {
            throw new AppealPending(a.ratingId());
        }
    }

    @Override
    public boolean decide(RatingAppeal a) {
        return jdbc.sql("""
                UPDATE rating_appeal SET decision = :decision, reviewed_by = :by, reviewed_at = :at, review_note = :note
                WHERE id = :id AND decision IS NULL""")
                .param("decision", a.decision().name()).param("by", a.reviewedBy())
                .param("at", Sql.timestamp(a.reviewedAt())).param("note", a.reviewNote()).param("id", a.id())
                .update() == 1;
    }

    @Override
    public Optional<RatingAppeal> findById(UUID id) {
        return jdbc.sql("SELECT * FROM rating_appeal WHERE id = :id").param("id", id)
                .query(RatingAppealPersistenceAdapter::map).optional();
    }

    @Override
    public List<RatingAppeal> ofRating(UUID ratingId) {
        return jdbc.sql("SELECT * FROM rating_appeal WHERE rating_id = :id ORDER BY filed_at, id")
                .param("id", ratingId).query(RatingAppealPersistenceAdapter::map).list();
    }

    private static RatingAppeal map(ResultSet rs, int row) throws SQLException {
        return new RatingAppeal(rs.getObject("id", UUID.class), rs.getObject("rating_id", UUID.class),
                rs.getString("department"), ExclusionGround.valueOf(rs.getString("ground")), rs.getString("reason"),
                rs.getString("filed_by"), Sql.instant(rs.getTimestamp("filed_at")),
                Sql.enumOf(AppealDecision.class, rs.getString("decision")), rs.getString("reviewed_by"),
                Sql.instant(rs.getTimestamp("reviewed_at")), rs.getString("review_note"));
    }
}
