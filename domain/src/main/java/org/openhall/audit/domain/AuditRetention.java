package org.openhall.audit.domain;

import java.time.Period;
import java.util.Map;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * How long audit records are kept (留存期限): at least six calendar months (网络安全法 Art. 21 and
 * GB/T 22239-2019 安全审计 ask that logs be kept no less than six months). Counted in whole months,
 * so that "six months" means six calendar months whatever their lengths.
 *
 * @param period the retention, e.g. {@code P6M} or {@code P1Y}
 */
@ValueObject
public record AuditRetention(Period period) {

    /** The shortest retention the law allows. */
    public static final Period MINIMUM = Period.ofMonths(6);

    public AuditRetention {
        if (period == null || period.isNegative() || period.toTotalMonths() < MINIMUM.toTotalMonths()) {
            throw new InvalidValue("retention", "must be at least six calendar months (P6M), in months or years",
                    Map.of("minimum", MINIMUM.toString()));
        }
    }
}
