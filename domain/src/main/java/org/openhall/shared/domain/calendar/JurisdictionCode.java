package org.openhall.shared.domain.calendar;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The jurisdiction whose calendar applies (适用地区): {@code CN} for the national calendar, or
 * an administrative division code (行政区划代码, GB/T 2260), e.g. {@code 451381} for Heshan,
 * a county-level city in Guangxi.
 *
 * <p>Invariant: two to twelve upper-case letters or digits (a division code has 6 digits, 9 or
 * 12 at township and village level).
 */
@ValueObject
public record JurisdictionCode(String value) {

    /** The national calendar, as published by the General Office of the State Council. */
    public static final JurisdictionCode NATIONAL = new JurisdictionCode("CN");

    public JurisdictionCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("jurisdiction", "must not be blank");
        }
        if (!value.matches("[A-Z0-9]{2,12}")) {
            throw new InvalidValue("jurisdiction", "must be 2 to 12 upper-case letters or digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
