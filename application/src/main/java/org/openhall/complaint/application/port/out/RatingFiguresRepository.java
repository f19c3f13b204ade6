package org.openhall.complaint.application.port.out;

import java.time.Instant;
import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.complaint.application.port.in.RatingFigures.Dimension;
import org.openhall.complaint.application.port.in.RatingFigures.Row;

/** Counts ratings by one dimension; excluded ratings are counted apart, never in the levels. */
@SecondaryPort
public interface RatingFiguresRepository {

    /**
     * One row per value of {@code dimension} among ratings given in [{@code from}, {@code to}), of
     * {@code department} only unless it is {@code null}.
     */
    List<Row> count(Dimension dimension, Instant from, Instant to, String department);
}
