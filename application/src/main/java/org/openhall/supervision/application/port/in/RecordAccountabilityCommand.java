package org.openhall.supervision.application.port.in;

import java.util.List;

/** An accountability record for a card: the staff members (usernames), the measure and the reasons. */
public record RecordAccountabilityCommand(String warningId, List<String> staff, String measure, String reasons) {
}
