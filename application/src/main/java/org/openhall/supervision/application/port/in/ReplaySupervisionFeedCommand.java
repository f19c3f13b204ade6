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

    public ReplaySupervisionFeedCommand {
        Objects.requireNonNull(actor, "actor");
        if (from == null) {
            throw new InvalidValue("from", "is required");
        }
        if (to == null) {
            throw new InvalidValue("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValue("to", "must not be before from");
        }
    }
}
