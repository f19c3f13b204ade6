package org.openhall.supervision.domain;

import java.math.BigDecimal;

/**
 * The figures of one department, item or staff member over a period (效能统计).
 *
 * @param completed              cases completed in the period
 * @param onTime                 of those, completed within the watched limit
 * @param onTimePercent          on-time completion rate (按时办结率), target 100; {@code null} without completed cases
 * @param averageHandlingWorkingDays working days from acceptance to completion, paused days not counted;
 *                               {@code null} without completed cases
 * @param overdue                completed cases that passed the watched limit
 */
public record FigureLine(String key, int completed, int onTime, BigDecimal onTimePercent,
        BigDecimal averageHandlingWorkingDays, int overdue, int warnings, int yellowCards, int redCards) {
}
