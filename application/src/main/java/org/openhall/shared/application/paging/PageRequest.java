package org.openhall.shared.application.paging;


import org.openhall.shared.domain.InvalidValue;

/**
 * Which page of a list to read: zero-based {@code page}, {@code size} between 1 and
 * {@value #MAX_SIZE} so that no single request can ask for the whole table.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValue("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValue("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
