package org.openhall.participation.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.openhall.shared.domain.InvalidValue;

/**
 * Everything a {@link HearingRegistration} is made of, for storage and for rebuilding it.
 *
 * @param statement what the registrant wants to say, or which interest they speak for; may be {@code null}
 * @param version   optimistic-lock version; 0 for a registration never stored
 */
public record HearingRegistrationSnapshot(RegistrationId id, HearingId hearingId, Registrant registrant,
        String statement, Instant registeredAt, LocalDate registeredOn, long version) {

    public HearingRegistrationSnapshot {
        if (id == null || hearingId == null || registrant == null || registeredAt == null || registeredOn == null) {
            throw new InvalidValue("registration", "id, hearing, registrant and time must be given");
        }
        statement = Texts.optional("statement", statement, HearingRegistration.STATEMENT_MAX);
    }
}
