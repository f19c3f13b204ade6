package org.openhall.network.application.port.out;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of the network's change log (服务网络变更留痕): who changed what, when, and how.
 *
 * @param actor user name of who made the change ({@code system} for definitions applied without one)
 * @param at when, with the offset of the centre's clock
 * @param action what was done
 * @param subject which kind of object it was done to
 * @param key the object's code (hall, department, window code or staff user name)
 * @param details what changed, for people to read
 */
public record NetworkChange(String actor, OffsetDateTime at, Action action, Subject subject, String key,
        String details) {

    public NetworkChange {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(key, "key");
        details = details == null ? "" : details;
    }

    /** What was done. */
    public enum Action {
        ADDED, CHANGED, REMOVED, ABSENCE_RECORDED
    }

    /** The kind of object changed. */
    public enum Subject {
        HALL, DEPARTMENT, WINDOW, STAFF
    }
}
