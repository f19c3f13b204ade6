package org.openhall.complaint.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * The county's rating rules (rating.* of the county pack) and the centre's calendar and clock, read when
 * needed so that a re-imported pack applies at once. A value the pack lacks or spoils falls back to the
 * default named here (the pack's checks refuse such a pack anyway).
 */
public class RatingSettings {

    static final int DEFAULT_WINDOW_DAYS = 7;
    static final int DEFAULT_RECTIFICATION_DAYS = 5;
    static final int DEFAULT_RETURN_VISIT_DAYS = 10;

    private final CountyParameters parameters;
    private final WorkingDayCalendarQuery calendars;
    private final CentreProfile centre;
    private final Clock clock;

    public RatingSettings(CountyParameters parameters, WorkingDayCalendarQuery calendars, CentreProfile centre,
            Clock clock) {
        this.parameters = parameters;
        this.calendars = calendars;
        this.centre = centre;
        this.clock = clock;
    }

    /** {@code rating.window.days}: calendar days a rating code stays valid. */
    int windowDays() {
        return number("rating.window.days", DEFAULT_WINDOW_DAYS);
    }

    /** {@code rating.rectification.working-days}. */
    int rectificationWorkingDays() {
        return number("rating.rectification.working-days", DEFAULT_RECTIFICATION_DAYS);
    }

    /** {@code rating.return-visit.working-days}. */
    int returnVisitWorkingDays() {
        return number("rating.return-visit.working-days", DEFAULT_RETURN_VISIT_DAYS);
    }

    WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    Clock clock() {
        return clock;
    }

    ZoneId zone() {
        return centre.zone();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(centre.zone()));
    }

    private int number(String key, int fallback) {
        return parameters.get(key).map(String::strip).filter(v -> v.matches("\\d{1,4}")).map(Integer::parseInt)
                .orElse(fallback);
    }
}
