package org.openhall.servicecase.application.port.in;

import java.util.Map;

import org.openhall.servicecase.domain.CaseStatus;

/**
 * How many cases stand in each state (办件状态统计) within the caller's scope: their department, or
 * the whole centre for supervisors.
 *
 * @param department  the department counted, {@code null} for the whole centre
 * @param byStatus    every state, zero included
 * @param paused      accepted cases in a special procedure (clocks stopped, Art. 45)
 * @param overdue     accepted cases past their promised due date
 */
public record CaseCountsView(String department, Map<CaseStatus, Long> byStatus, long total, long paused,
        long overdue) {

    public CaseCountsView {
        byStatus = Map.copyOf(byStatus);
    }
}
