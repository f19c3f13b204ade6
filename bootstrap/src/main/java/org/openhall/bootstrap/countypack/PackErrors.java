package org.openhall.bootstrap.countypack;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every error found in a county pack. Reading and validation add to it and carry on, so
 * that one run reports everything that is wrong rather than the first thing.
 */
public final class PackErrors {

    private final List<PackError> errors = new ArrayList<>();

    public void add(PackError error) {
        errors.add(error);
    }

    public void add(String file, String location, String field, String message) {
        add(new PackError(file, location, field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    /** Every error, in file and line order, duplicates dropped. */
    public List<PackError> all() {
        return errors.stream().distinct().sorted(PackError.READING_ORDER).toList();
    }
}
