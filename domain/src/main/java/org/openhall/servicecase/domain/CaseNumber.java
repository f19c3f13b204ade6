package org.openhall.servicecase.domain;

import java.util.regex.Pattern;

import org.openhall.shared.domain.InvalidValue;

/**
 * The case number (办件编号) printed on every receipt and used for public tracking, e.g.
 * {@code 451381-20260302-00017}: region code, day of receipt, daily sequence. It never repeats.
 */
public record CaseNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{2,12}-\\d{8}-\\d{5,}");

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("caseNumber", "must look like 451381-20260302-00017");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
