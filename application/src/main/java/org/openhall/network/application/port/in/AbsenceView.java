package org.openhall.network.application.port.in;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded absence (请假/外出), from {@code from} to {@code to}, both days included. */
public record AbsenceView(String id, String staff, LocalDate from, LocalDate to, String reason, String recordedBy,
        OffsetDateTime recordedAt) {
}
