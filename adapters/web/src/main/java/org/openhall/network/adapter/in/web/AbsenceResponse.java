package org.openhall.network.adapter.in.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded absence, first and last day included, with who recorded it and when. */
public record AbsenceResponse(String id, String staff, LocalDate from, LocalDate to, String reason, String recordedBy,
        OffsetDateTime recordedAt) {
}
