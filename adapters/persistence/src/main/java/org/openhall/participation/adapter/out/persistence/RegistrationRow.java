package org.openhall.participation.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A stored registration for a hearing. */
@Table("participation_hearing_registration")
record RegistrationRow(@Id UUID id, UUID hearingId, String registrantName, String registrantPhone, String statement,
        Instant registeredAt, LocalDate registeredOn, @Version long version) {
}
