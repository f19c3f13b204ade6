package org.openhall.supervision.application.port.in;

import java.time.LocalDate;
import java.util.Objects;

import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;

/**
 * Replays the events that happened from the start of {@code from} to the end of {@code to} (both days
 * included, in the centre's time zone).
 */
public record ReplaySupervisionFeedCommand(Actor actor, LocalDate from, LocalDate to) {

    /** Bounds of a period that can be replayed: nothing happened outside them, and the day arithmetic stays in range. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    public ReplaySupervisionFeedCommand {
        Objects.requireNonNull(actor, "actor");
        if (from == null) {
            throw new InvalidValue("from", "is required");
        }
        if (to == null) {
            throw new InvalidValue("to", "is required");
        }
        if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
            throw new InvalidValue("from", "must lie between " + EARLIEST + " and " + LATEST);
        }
        if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new InvalidValue("to", "must lie between " + EARLIEST + " and " + LATEST);
        }
        if (to.isBefore(from)) {
            throw new InvalidValue("to", "must not be before from");
        }
    }
}
