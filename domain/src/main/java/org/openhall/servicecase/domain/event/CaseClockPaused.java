package org.openhall.servicecase.domain.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 特别程序/中止计时: the clocks stopped for a special procedure (Art. 45: HEARING, EXPERT_REVIEW,
 * INSPECTION, TESTING, PUBLIC_NOTICE, …) after the written notice {@code noticeReference} to the
 * applicant.
 */
public record CaseClockPaused(String caseId, String caseNumber, String department, int sequence, String actor,
        Instant occurredAt, String pauseKind,
        LocalDate fromDay, String noticeReference) implements CaseEvent {
}
