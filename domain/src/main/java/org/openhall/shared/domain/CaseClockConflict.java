package org.openhall.shared.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to a case clock (办理时限) or a question put to it clashes with what the clock
 * already records: overlapping pauses, a pause before the clock started, closing a pause
 * that is not open, asking for a firm due date while the clock is paused, or extending a
 * calendar-day limit by working days.
 *
 * <p>Each situation has its own stable code, created by the factory of the same name.
 */
public final class CaseClockConflict extends DomainProblem {

    private CaseClockConflict(String code, String defaultMessage, Map<String, Object> details) {
        super(code, ProblemKind.CONFLICT, defaultMessage, details);
    }

    /** {@code clock.pause-overlaps}: pauses of one clock never overlap, or a day would be paused twice. */
    public static CaseClockConflict pauseOverlaps(LocalDate from, LocalDate existingFrom) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from);
        details.put("existingFrom", existingFrom);
        return new CaseClockConflict("clock.pause-overlaps",
                "A pause from %s overlaps the pause from %s".formatted(from, existingFrom), details);
    }

    /** {@code clock.pause-before-start}: a pause must begin after day 0, when the clock starts running. */
    public static CaseClockConflict pauseBeforeStart(LocalDate from, LocalDate day0) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from);
        details.put("day0", day0);
        return new CaseClockConflict("clock.pause-before-start",
                "A pause from %s does not start after day 0 (%s)".formatted(from, day0), details);
    }

    /** {@code clock.no-open-pause}: there is no open pause to close. */
    public static CaseClockConflict noOpenPause() {
        return new CaseClockConflict("clock.no-open-pause", "The clock has no open pause", Map.of());
    }

    /** {@code clock.still-paused}: the due date is not determined while a pause is open. */
    public static CaseClockConflict stillPaused(LocalDate pausedSince) {
        return new CaseClockConflict("clock.still-paused",
                "The clock is paused since %s: the due date depends on when the pause ends".formatted(pausedSince),
                Map.of("pausedSince", pausedSince));
    }

    /** {@code clock.extension-unit-mismatch}: extensions are granted in working days, so only working-day limits take them. */
    public static CaseClockConflict extensionOfCalendarDayLimit() {
        return new CaseClockConflict("clock.extension-unit-mismatch",
                "A limit in calendar days cannot be extended by working days", Map.of());
    }
}
