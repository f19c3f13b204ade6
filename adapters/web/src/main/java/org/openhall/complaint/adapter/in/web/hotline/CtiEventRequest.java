package org.openhall.complaint.adapter.in.web.hotline;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One event as a call-centre system posts it to the generic CTI webhook (JSON).
 *
 * @param event      RINGING, ANSWERED or HUNG_UP
 * @param caller     the presented caller number; absent when withheld
 * @param agent      the OpenHall user name of the operator who answered (ANSWERED)
 * @param occurredAt when it happened, with its offset, e.g. {@code 2026-03-02T10:00:05+08:00}
 * @param recording  the recording's reference (HUNG_UP)
 */
public record CtiEventRequest(@NotBlank String event, @NotBlank @Size(max = 64) String callId,
        @Size(max = 32) String caller, @Size(max = 64) String agent, @NotNull OffsetDateTime occurredAt,
        @Size(max = 200) String recording) {
}
