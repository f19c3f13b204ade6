package org.openhall.bootstrap.countypack.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.openhall.bootstrap.countypack.Centre;
import org.openhall.bootstrap.countypack.Where;
import org.openhall.bootstrap.countypack.spec.CalendarYearSpec;
import org.openhall.bootstrap.countypack.spec.CentreSpec;
import org.openhall.bootstrap.countypack.spec.HolidaySpec;
import org.openhall.bootstrap.countypack.spec.LocalHolidaysSpec;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.CalendarYear;
import org.openhall.shared.domain.calendar.JurisdictionCode;

/**
 * Checks the centre and the calendar: the national years ({@code calendar/<year>.yaml}) become
 * years of the national calendar ({@code CN}); each year of the county is that national year
 * with the county's own holidays of {@code calendar/local/<year>.yaml} added, or adopted as it is.
 */
final class CalendarChecks {

    private final Checks checks;

    CalendarChecks(Checks checks) {
        this.checks = checks;
    }

    Centre centre(CentreSpec spec) {
        if (spec == null) {
            return null;
        }
        Where where = spec.where();
        JurisdictionCode jurisdiction = spec.jurisdiction() == null ? null
                : checks.value(where, "jurisdiction", () -> new JurisdictionCode(spec.jurisdiction()));
        if (jurisdiction != null && jurisdiction.equals(JurisdictionCode.NATIONAL)) {
            checks.error(where, "jurisdiction", "must be the county's division code, e.g. 451381, not the national "
                    + "calendar's CN");
            jurisdiction = null;
        }
        if (spec.regionCode() != null && !spec.regionCode().matches("[0-9A-Za-z]{2,12}")) {
            checks.error(where, "regionCode", "must be 2 to 12 letters or digits (it heads every case number)");
        }
        ZoneId zone = null;
        if (spec.zone() != null) {
            try {
                zone = ZoneId.of(spec.zone());
            } catch (DateTimeException e) {
                checks.error(where, "zone", "\"" + spec.zone() + "\" is not a time zone such as Asia/Shanghai");
            }
        }
        CalendarSettings settings = spec.makeUpDaysAreWorkingDays() == null ? CalendarSettings.defaults()
                : new CalendarSettings(spec.makeUpDaysAreWorkingDays());
        if (spec.name() == null || jurisdiction == null || spec.regionCode() == null || zone == null) {
            return null;
        }
        return new Centre(spec.name(), jurisdiction, spec.regionCode(), zone, settings);
    }

    /** The national years, by year; years with errors are left out. */
    Map<Integer, CalendarYear> nationalYears(List<CalendarYearSpec> specs) {
        checks.unique(specs, s -> s.year() == null ? null : String.valueOf(s.year()), CalendarYearSpec::where,
                "year", "year");
        Map<Integer, CalendarYear> years = new TreeMap<>();
        for (CalendarYearSpec spec : specs) {
            Where where = spec.where();
            if (spec.year() == null) {
                continue;
            }
            if (spec.fileYear() != null && !spec.fileYear().equals(spec.year())) {
                checks.error(where, "year", "is " + spec.year() + " but the file is named " + spec.fileYear()
                        + ".yaml");
                continue;
            }
            Map<LocalDate, String> holidays = holidays(spec.holidays());
            if (holidays == null) {
                continue;
            }
            CalendarYear year = checks.value(where, "", () -> new CalendarYear(JurisdictionCode.NATIONAL,
                    spec.year(), holidays, new LinkedHashSet<>(spec.makeUpWorkdays()), spec.source()));
            if (year != null) {
                years.putIfAbsent(spec.year(), year);
            }
        }
        return years;
    }

    /**
     * The county's years: every national year, with the local holidays of its year added. A local
     * year without its national year is an error: the county adds to the national schedule, it
     * does not replace it.
     */
    List<CalendarYear> countyYears(JurisdictionCode county, Map<Integer, CalendarYear> national,
            Set<Integer> declaredYears, List<LocalHolidaysSpec> locals) {
        checks.unique(locals, s -> s.year() == null ? null : String.valueOf(s.year()), LocalHolidaysSpec::where,
                "year", "year");
        Map<Integer, LocalHolidaysSpec> byYear = new HashMap<>();
        for (LocalHolidaysSpec local : locals) {
            if (local.year() == null) {
                continue;
            }
            if (local.fileYear() != null && !local.fileYear().equals(local.year())) {
                checks.error(local.where(), "year", "is " + local.year() + " but the file is named "
                        + local.fileYear() + ".yaml");
            } else if (!declaredYears.contains(local.year())) {
                checks.error(local.where(), "year", "the pack has no national calendar/" + local.year()
                        + ".yaml for these local holidays to add to");
            } else {
                // A national year with errors of its own is reported there; its local year waits for the fix.
                byYear.putIfAbsent(local.year(), local);
            }
        }
        List<CalendarYear> years = new ArrayList<>();
        if (county == null) {
            return years;
        }
        for (CalendarYear year : national.values()) {
            LocalHolidaysSpec local = byYear.get(year.year());
            if (local == null) {
                years.add(new CalendarYear(county, year.year(), year.holidays(), year.makeUpWorkdays(), year.source()));
                continue;
            }
            Map<LocalDate, String> extra = holidays(local.holidays());
            if (extra == null) {
                continue;
            }
            CalendarYear merged = checks.value(local.where(), "holidays",
                    () -> year.withLocalHolidays(county, extra, local.source()));
            if (merged != null) {
                years.add(merged);
            }
        }
        return years;
    }

    /** Every day of the holidays, with its name; {@code null} when one of them has an error. */
    private Map<LocalDate, String> holidays(List<HolidaySpec> specs) {
        Map<LocalDate, String> days = new TreeMap<>();
        Map<LocalDate, Where> dayFrom = new HashMap<>();
        boolean valid = true;
        for (HolidaySpec holiday : specs) {
            if (holiday.from() == null || holiday.to() == null || holiday.name() == null) {
                valid = false;
                continue;
            }
            Map<LocalDate, String> range = checks.value(holiday.where(), "to",
                    () -> CalendarYear.holidayRange(holiday.name(), holiday.from(), holiday.to()));
            if (range == null) {
                valid = false;
                continue;
            }
            for (LocalDate day : range.keySet()) {
                Where earlier = dayFrom.putIfAbsent(day, holiday.where());
                if (earlier != null) {
                    checks.error(holiday.where(), "from", day + " is already a day of the holiday at "
                            + earlier.location());
                    valid = false;
                }
            }
            days.putAll(range);
        }
        return valid ? days : null;
    }
}
