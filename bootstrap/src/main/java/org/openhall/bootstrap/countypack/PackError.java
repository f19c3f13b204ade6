package org.openhall.bootstrap.countypack;

import java.util.Comparator;

/**
 * One thing wrong with a county pack, pointing where a person fixes it: the file, the place in it
 * (a YAML line, or a worksheet row and column), the field, and what is wrong.
 *
 * @param file the pack file, relative to the pack folder, e.g. {@code items.yaml}
 * @param location where in the file, e.g. {@code line 42} or {@code 申请材料!row 7}; empty when
 *        the whole file is concerned
 * @param field the field, as a path, e.g. {@code items[3].materials[1].copies}
 * @param message what is wrong, in plain words
 */
public record PackError(String file, String location, String field, String message) {

    /** Orders errors by file, then by their position in it, then by field. */
    public static final Comparator<PackError> READING_ORDER = Comparator.comparing(PackError::file)
            .thenComparingInt(PackError::lineOrRow)
            .thenComparing(PackError::location)
            .thenComparing(PackError::field);

    public PackError {
        file = file == null ? "" : file;
        location = location == null ? "" : location;
        field = field == null ? "" : field;
    }

    /** The line or row number of the location, for ordering; 0 when there is none. */
    int lineOrRow() {
        String digits = location.replaceAll("^\\D*(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    /** {@code items.yaml:42 items[3].materials[1].copies: must be at least 1}. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(file);
        if (!location.isEmpty()) {
            line.append(" (").append(location).append(')');
        }
        if (!field.isEmpty()) {
            line.append(' ').append(field);
        }
        return line.isEmpty() ? message : line.append(": ").append(message).toString();
    }
}
