package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 受理: the case was accepted; both clocks start on {@code acceptedOn} (day 0). {@code deemed}:
 * accepted by law because no one-time notice came within 5 working days of receipt (Art. 32),
 * {@code acceptedOn} then being the day of receipt. {@code deferredMaterials}: secondary materials
 * accepted as missing (容缺受理), due by {@code deferredSupplyBy}.
 */
public record CaseAccepted(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, LocalDate acceptedOn,
        LocalDate statutoryDueDate, LocalDate promisedDueDate, boolean provisional, boolean deemed,
        List<String> deferredMaterials, LocalDate deferredSupplyBy) implements CaseEvent {
}
