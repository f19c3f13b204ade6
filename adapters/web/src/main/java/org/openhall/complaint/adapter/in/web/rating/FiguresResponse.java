package org.openhall.complaint.adapter.in.web.rating;

import java.time.LocalDate;
import java.util.List;

import org.openhall.complaint.application.port.in.RatingFigures;

/**
 * Rating figures as the API shows them: per key the count of each level (by score, "5" 非常满意 … "1"
 * 非常不满意), the total counted, the bad ones and their share, and the excluded ones (not counted).
 */
public record FiguresResponse(String dimension, LocalDate from, LocalDate to, String department, List<Row> rows) {

    /** One key of the dimension. */
    public record Row(String key, long veryDissatisfied, long dissatisfied, long basicallySatisfied, long satisfied,
            long verySatisfied, long total, long bad, double badShare, long excluded) {
    }

    static FiguresResponse of(RatingFigures f) {
        return new FiguresResponse(f.dimension().name(), f.from(), f.to(), f.department(), f.rows().stream()
                .map(r -> new Row(r.key(), r.levels().get(0), r.levels().get(1), r.levels().get(2), r.levels().get(3),
                        r.levels().get(4), r.total(), r.bad(), Math.round(r.badShare() * 10000) / 10000.0,
                        r.excluded()))
                .toList());
    }
}
