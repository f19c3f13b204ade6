package org.openhall.supervision.application.port.in;

import java.time.YearMonth;
import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.domain.FigureDimension;

/**
 * Efficiency figures (效能统计) per department, item or staff member for a month, and the quarterly
 * grades (季度考核). Approvers see their own department's lines only.
 */
@PrimaryPort
public interface FiguresQuery {

    FiguresView figures(Actor actor, YearMonth month, FigureDimension by);

    /** The grades of {@code year}'s quarter {@code quarter} (1–4), one per department with cases or cards. */
    List<GradeView> grades(Actor actor, int year, int quarter);
}
