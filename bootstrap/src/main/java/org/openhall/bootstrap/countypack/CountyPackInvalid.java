package org.openhall.bootstrap.countypack;

import java.util.List;

/**
 * A county pack that is not imported because it has errors; carries all of them. Nothing of the
 * pack has been written when this is thrown.
 */
public final class CountyPackInvalid extends RuntimeException {

    private final String location;
    private final List<PackError> errors;

    public CountyPackInvalid(String location, List<PackError> errors) {
        super(describe(location, errors));
        this.location = location;
        this.errors = List.copyOf(errors);
    }

    /** The pack folder. */
    public String location() {
        return location;
    }

    public List<PackError> errors() {
        return errors;
    }

    private static String describe(String location, List<PackError> errors) {
        StringBuilder text = new StringBuilder("County pack ").append(location).append(" has ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(':');
        errors.forEach(e -> text.append(System.lineSeparator()).append("  ").append(e));
        return text.toString();
    }
}
