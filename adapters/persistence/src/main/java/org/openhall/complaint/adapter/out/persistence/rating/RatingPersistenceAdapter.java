package org.openhall.complaint.adapter.out.persistence.rating;

import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.complaint.application.port.out.RatingRepository;
import org.openhall.complaint.domain.rating.ExclusionGround;
import org.openhall.complaint.domain.rating.Rating;
import org.openhall.complaint.domain.rating.RatingChannel;
import org.openhall.complaint.domain.rating.RatingLevel;
import org.openhall.complaint.domain.rating.problem.RatingAlreadyGiven;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ratings in {@code rating}. The unique key (service, channel) turns the second of two simultaneous ratings
 * into {@link RatingAlreadyGiven}; a trigger refuses any change but the one exclusion.
 */
@Component
@SecondaryAdapter
public class RatingPersistenceAdapter implements RatingRepository {

    private final JdbcClient jdbc;

    public RatingPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Rating r, String number) {
        try {
            jdbc.sql("""
                    INSERT INTO rating (id, service_id, channel, level, comment, real_name, rated_at, recorded_by)
                    VALUES (:id, :service, :channel, :level, :comment, :realName, :at, :by)""")
                    .param("id", r.id()).param("service", r.serviceId()).param("channel", r.channel().name())
                    .param("level", r.level().score()).param("comment", r.comment()).param("realName", r.realName())
                    .param("at", Sql.timestamp(r.ratedAt())).param("by", r.recordedBy()).update();
        } catch (DuplicateKeyException alreadyRated) {
            throw new RatingAlreadyGiven(number, r.channel().name());
        }
    }

    @Override
    public Optional<Rating> findById(UUID id) {
        return jdbc.sql("SELECT * FROM rating WHERE id = :id").param("id", id)
                .query((rs, row) -> new Rating(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
                        RatingChannel.valueOf(rs.getString("channel")), RatingLevel.ofScore(rs.getInt("level")),
                        rs.getString("comment"), rs.getBoolean("real_name"), Sql.instant(rs.getTimestamp("rated_at")),
                        rs.getString("recorded_by"), Sql.enumOf(ExclusionGround.class, rs.getString("excluded_as"))))
                .optional();
    }

    @Override
    public void exclude(UUID id, ExclusionGround ground) {
        jdbc.sql("UPDATE rating SET excluded_as = :ground WHERE id = :id AND excluded_as IS NULL")
                .param("ground", ground.name()).param("id", id).update();
    }
}
