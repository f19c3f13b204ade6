package org.openhall.servicecase.domain.event;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** 预审件窗口收件: the invited applicant came to the window and the case was created from the pre-application. */
public record PreApplicationReceived(String preApplicationId, String reference, String department, String caseId,
        String caseNumber, String actor, Instant occurredAt) implements DomainEvent {
}
