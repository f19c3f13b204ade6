package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 收件: an application was received — at a window, by an agent at a village station (代办) or online
 * after pre-review; {@code channel} is WINDOW, AGENT or ONLINE, {@code onlineAvailable} whether
 * the item can be handled online.
 */
public record CaseSubmitted(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, String itemCode, int itemVersion,
        LocalDate receivedOn, String channel, String window, boolean onlineAvailable) implements CaseEvent {
}
