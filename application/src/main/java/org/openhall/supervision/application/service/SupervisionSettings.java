package org.openhall.supervision.application.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;
import org.openhall.supervision.domain.RuleSettings;

/**
 * Where the supervision services get their rule book, calendar and zone: the county pack's
 * {@code supervision.*} parameters, read fresh on each use so that a re-imported pack applies at
 * once, and the centre's working-day calendar.
 */
public final class SupervisionSettings {

    private final CountyParameters parameters;
    private final WorkingDayCalendarQuery calendars;
    private final CentreProfile centre;

    public SupervisionSettings(CountyParameters parameters, WorkingDayCalendarQuery calendars, CentreProfile centre) {
        this.parameters = parameters;
        this.calendars = calendars;
        this.centre = centre;
    }

    public RuleSettings rules() {
        Map<String, String> supervision = new TreeMap<>();
        parameters.all().forEach((key, value) -> {
            if (key.startsWith(RuleSettings.PREFIX)) {
                supervision.put(key, value);
            }
        });
        return RuleSettings.read(key -> Optional.ofNullable(supervision.get(key)));
    }

    public WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    public ZoneId zone() {
        return centre.zone();
    }

    /** The centre's day of {@code instant}. */
    public LocalDate dayOf(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, centre.zone());
    }
}
