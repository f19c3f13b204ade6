package org.openhall.network.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A stored absence. */
@Table("staff_absence")
record AbsenceRow(@Id UUID id, String staff, LocalDate fromDay, LocalDate toDay, String reason, String recordedBy,
        Instant recordedAt) {
}
