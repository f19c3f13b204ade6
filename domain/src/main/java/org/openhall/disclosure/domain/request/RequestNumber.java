package org.openhall.disclosure.domain.request;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The number of a request for information (申请编号) printed on every notice and reply, e.g.
 * {@code 451381-YSQ-2026-00017}: region code, 依申请 marker, year of intake, sequence of the year.
 */
@ValueObject
public record RequestNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{2,12}-YSQ-\\d{4}-\\d{5,}");

    public RequestNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("requestNumber", "must look like 451381-YSQ-2026-00017");
        }
    }

    /** The number for the {@code sequence}-th request of {@code year} in {@code regionCode}. */
    public static RequestNumber of(String regionCode, int year, long sequence) {
        return new RequestNumber("%s-YSQ-%04d-%05d".formatted(regionCode, year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
