package org.openhall.complaint.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openhall.complaint.domain.TicketClass;
import org.openhall.complaint.domain.TicketLimits;
import org.openhall.complaint.domain.problem.TicketRefused;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.calendar.WorkingDayCalendar;

/**
 * Where the ticket services get their rules: the county pack's {@code hotline.class.<code>.*} (name,
 * working-days; optional description, group, keywords) and {@code hotline.*} limits, read fresh on
 * each use so that a re-imported pack applies at once; the centre's calendar and zone.
 */
public final class TicketSettings {

    private static final Pattern CLASS_KEY = Pattern.compile("hotline\\.class\\.([a-z0-9-]+)\\.name");

    private final CountyParameters parameters;
    private final WorkingDayCalendarQuery calendars;
    private final CentreProfile centre;
    private final Clock clock;

    public TicketSettings(CountyParameters parameters, WorkingDayCalendarQuery calendars, CentreProfile centre,
            Clock clock) {
        this.parameters = parameters;
        this.calendars = calendars;
        this.centre = centre;
        this.clock = clock;
    }

    /** The county's ticket classes, ordered by code. */
    public List<TicketClass> classes() {
        Map<String, String> all = parameters.all();
        Map<String, TicketClass> classes = new TreeMap<>();
        all.forEach((key, value) -> {
            Matcher m = CLASS_KEY.matcher(key);
            if (m.matches()) {
                String code = m.group(1);
                String prefix = "hotline.class." + code + ".";
                classes.put(code, new TicketClass(code, value,
                        number(prefix + "working-days", Optional.ofNullable(all.get(prefix + "working-days"))
                                .orElseThrow(() -> new InvalidValue(prefix + "working-days", "is missing"))),
                        all.get(prefix + "description"), all.get(prefix + "group"),
                        keywords(all.get(prefix + "keywords"))));
            }
        });
        return List.copyOf(classes.values());
    }

    /** The class of {@code code}, or {@code ticket.unknown-class}. */
    public TicketClass classOf(String code) {
        return classes().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> TicketRefused.unknownClass(code == null ? "" : code));
    }

    public TicketLimits limits() {
        TicketLimits d = TicketLimits.defaults();
        return new TicketLimits(read(TicketLimits.SIGN_IN, d.signInWorkingDays()),
                read(TicketLimits.REOPEN, d.reopenWorkingDays()),
                read(TicketLimits.MAX_EXTENSION, d.maxExtensionWorkingDays()));
    }

    public WorkingDayCalendar calendar() {
        return calendars.calendarOf(centre.jurisdiction());
    }

    /** The clock in the centre's zone: its days are the centre's days. */
    public Clock clock() {
        return clock.withZone(centre.zone());
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public CentreProfile centre() {
        return centre;
    }

    private int read(String key, int fallback) {
        return parameters.get(key).map(v -> number(key, v)).orElse(fallback);
    }

    private static int number(String key, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValue(key, "must be a whole number of working days");
        }
    }

    private static List<String> keywords(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        Arrays.stream(value.split("[,，]")).map(String::strip).filter(w -> !w.isEmpty()).forEach(words::add);
        return words;
    }
}
