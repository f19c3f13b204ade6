package org.openhall.complaint.adapter.out.persistence.rating;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.complaint.application.port.in.RatingFigures.Dimension;
import org.openhall.complaint.application.port.in.RatingFigures.Row;
import org.openhall.complaint.application.port.out.RatingFiguresRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts ratings per level in SQL. Only codes and counts leave the database: no comment, no code, no phone.
 * Staff figures count a rating once for each handler of the rated service.
 */
@Component
@SecondaryAdapter
public class RatingFiguresPersistenceAdapter implements RatingFiguresRepository {

    /** The grouping expression of each dimension; fixed text, never from the request. */
    private static final Map<Dimension, String> KEYS = Map.of(
            Dimension.DEPARTMENT, "s.department",
            Dimension.ITEM, "coalesce(s.subject, '')",
            Dimension.STAFF, "h.handler",
            Dimension.CHANNEL, "r.channel");

    private final JdbcClient jdbc;

    public RatingFiguresPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Row> count(Dimension dimension, Instant from, Instant to, String department) {
        String staffJoin = dimension == Dimension.STAFF ? "CROSS JOIN LATERAL unnest(s.handlers) AS h(handler)" : "";
        return jdbc.sql("""
                SELECT %1$s AS key,
                       count(*) FILTER (WHERE r.excluded_as IS NULL AND r.level = 1) AS l1,
                       count(*) FILTER (WHERE r.excluded_as IS NULL AND r.level = 2) AS l2,
                       count(*) FILTER (WHERE r.excluded_as IS NULL AND r.level = 3) AS l3,
                       count(*) FILTER (WHERE r.excluded_as IS NULL AND r.level = 4) AS l4,
                       count(*) FILTER (WHERE r.excluded_as IS NULL AND r.level = 5) AS l5,
                       count(*) FILTER (WHERE r.excluded_as IS NOT NULL) AS excluded
                FROM rating r JOIN rating_service s ON s.id = r.service_id %2$s
                WHERE r.rated_at >= :from AND r.rated_at < :to
                  AND (CAST(:department AS varchar) IS NULL OR s.department = :department)
                GROUP BY 1 ORDER BY 1""".formatted(KEYS.get(dimension), staffJoin))
                .param("from", Sql.timestamp(from)).param("to", Sql.timestamp(to)).param("department", department)
                .query((rs, row) -> new Row(rs.getString("key"), List.of(rs.getLong("l1"), rs.getLong("l2"),
                        rs.getLong("l3"), rs.getLong("l4"), rs.getLong("l5")), rs.getLong("excluded")))
                .list();
    }
}
