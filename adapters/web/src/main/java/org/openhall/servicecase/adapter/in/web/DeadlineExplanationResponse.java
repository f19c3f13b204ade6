package org.openhall.servicecase.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import org.openhall.servicecase.application.port.in.DeadlineKind;
import org.openhall.shared.domain.time.DayVerdict;
import org.openhall.shared.domain.time.LimitUnit;

/**
 * How a case's due date was reached, day by day: which days counted, which were weekends, public
 * holidays or paused, and which weekend days were make-up working days (调休上班). What a clerk
 * shows an applicant who asks "why is it due on that day?".
 *
 * @param day0          the day of acceptance; counting starts the day after
 * @param extensionDays working days added by approved extensions
 * @param provisional   whether the due date rests on a calendar year not yet published
 * @param days          every day from day 0 to the due date
 */
public record DeadlineExplanationResponse(String caseId, DeadlineKind kind, LocalDate day0, LimitResponse limit,
        int extensionDays, LocalDate dueDate, boolean provisional, String provisionalReason, List<DayResponse> days,
        DeadlineSummaryResponse summary) {

    /** A time limit: {@code amount} working or calendar days. */
    public record LimitResponse(int amount, LimitUnit unit) {
    }

    /**
     * One day of the count.
     *
     * @param ordinal        the how-manieth counted day this is; 0 for days that do not count
     * @param makeUpWorkday  whether it is a weekend day worked to make up for a holiday (调休上班)
     * @param note           e.g. the holiday's name
     */
    public record DayResponse(LocalDate date, DayVerdict verdict, int ordinal, boolean makeUpWorkday, String note) {
    }
}
