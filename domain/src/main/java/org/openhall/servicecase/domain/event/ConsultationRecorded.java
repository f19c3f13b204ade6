package org.openhall.servicecase.domain.event;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * 咨询登记: a clerk recorded an enquiry and is responsible for it (首问负责). Carries no personal
 * data of the enquirer.
 *
 * @param itemCode the item asked about, or {@code null}
 */
public record ConsultationRecorded(String consultationId, String department, String channel, String itemCode,
        String actor, Instant occurredAt) implements DomainEvent {
}
