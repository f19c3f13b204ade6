package org.openhall.supervision.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The bands of the quarterly grades (考核等次标准), best first; a department that reaches none is
 * graded {@link Grade#FAIL} (不合格). The centre sets them in its pack; the target for the on-time
 * rate is 100 %.
 */
@ValueObject
public record GradeThresholds(List<GradeBand> bands) {

    /** 优秀: every case on time and no red card; 良好: 95 % and one; 合格: 85 % and three. */
    public static final GradeThresholds DEFAULT = new GradeThresholds(List.of(
            new GradeBand(Grade.EXCELLENT, BigDecimal.valueOf(100), 0),
            new GradeBand(Grade.GOOD, BigDecimal.valueOf(95), 1),
            new GradeBand(Grade.PASS, BigDecimal.valueOf(85), 3)));

    public GradeThresholds {
        bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
    }

    /** The grade for an on-time rate (percent; a quarter without completed cases counts as 100) and red cards. */
    public Grade grade(BigDecimal onTimePercent, int redCards) {
        BigDecimal rate = onTimePercent == null ? BigDecimal.valueOf(100) : onTimePercent;
        for (GradeBand band : bands) {
            if (band.reachedBy(rate, redCards)) {
                return band.grade();
            }
        }
        return Grade.FAIL;
    }
}
