package org.openhall.bootstrap.countypack;

import java.util.Map;

/**
 * Where a part of a county pack was read from: the file, the path of the element (e.g.
 * {@code items[3]}), where the element starts (e.g. {@code line 40}) and where each of its fields
 * is (e.g. {@code copies} on {@code line 44}). Errors about the element point there.
 *
 * @param file the pack file
 * @param path the element's path within the file
 * @param location where the element starts
 * @param fieldLocations where each field given for the element is
 */
public record Where(String file, String path, String location, Map<String, String> fieldLocations) {

    public Where {
        fieldLocations = Map.copyOf(fieldLocations);
    }

    /** A place without fields, e.g. a whole file. */
    public static Where of(String file, String path, String location) {
        return new Where(file, path, location, Map.of());
    }

    /** An error about {@code field} of this element (empty field: the element as a whole). */
    public PackError error(String field, String message) {
        String at = location;
        if (field != null && !field.isEmpty()) {
            // "windowAuthority.decidedAtWindow" is on the line of "windowAuthority" when it has none of its own.
            at = fieldLocations.getOrDefault(field, fieldLocations.getOrDefault(field.split("\\.")[0], location));
        }
        return new PackError(file, at, fieldPath(field), message);
    }

    /** The full path of {@code field}, e.g. {@code items[3].copies}. */
    public String fieldPath(String field) {
        if (field == null || field.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? field : path + "." + field;
    }
}
