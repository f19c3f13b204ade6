package org.openhall.servicecase.domain;

import java.util.regex.Pattern;

import org.openhall.shared.domain.InvalidValue;

/**
 * The case number (办件编号) printed on every receipt and used for public tracking, e.g.
 * {@code 451381-20260302-00017}: region code, day of receipt, daily sequence by default; the
 * county sets its own {@link CaseNumberPattern}. It never repeats. Letters, digits, '-', '_' and
 * '/' only, 5 to 40 characters, so that it prints, reads out and types without ambiguity.
 */
public record CaseNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z/_-]{3,38}[0-9A-Za-z]");

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("caseNumber", "must be 5 to 40 letters, digits, '-', '_' or '/', like 451381-20260302-00017");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
