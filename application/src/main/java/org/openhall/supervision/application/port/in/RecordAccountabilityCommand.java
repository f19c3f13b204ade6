package org.openhall.supervision.application.port.in;

import java.util.List;

import org.openhall.shared.domain.InvalidValue;

/** An accountability record for a card: the staff members (usernames), the measure and the reasons. */
public record RecordAccountabilityCommand(String warningId, List<String> staff, String measure, String reasons) {

    public RecordAccountabilityCommand {
        // Without it there is no card to look up: a refused request, not a warning that was not found.
        if (warningId == null || warningId.isBlank()) {
            throw new InvalidValue("warningId", "is required");
        }
    }
}
