package org.openhall.supervision.domain;

import java.math.BigDecimal;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * What a department must reach in a quarter for {@code grade}: at least {@code minOnTimePercent}
 * of its cases completed on time and at most {@code maxRedCards} red cards that stand.
 */
@ValueObject
public record GradeBand(Grade grade, BigDecimal minOnTimePercent, int maxRedCards) {

    public GradeBand {
        Objects.requireNonNull(grade, "grade");
        if (minOnTimePercent == null || minOnTimePercent.signum() < 0
                || minOnTimePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValue("minOnTimePercent", "must be a percentage from 0 to 100");
        }
        if (maxRedCards < 0) {
            throw new InvalidValue("maxRedCards", "must not be negative");
        }
    }

    public boolean reachedBy(BigDecimal onTimePercent, int redCards) {
        return onTimePercent.compareTo(minOnTimePercent) >= 0 && redCards <= maxRedCards;
    }
}
