package org.openhall.servicecase.adapter.in.web;

/**
 * The explanation in a few numbers and one sentence in the caller's language.
 *
 * @param countedDays    days counted towards the limit
 * @param weekendDays    weekend days skipped
 * @param holidayDays    public holidays skipped
 * @param pausedDays     days the clock was paused (e.g. waiting for an expert opinion)
 * @param makeUpWorkdays weekend days that counted because they were make-up working days
 */
public record DeadlineSummaryResponse(int countedDays, int weekendDays, int holidayDays, int pausedDays,
        int makeUpWorkdays, String text) {
}
