package org.openhall.bootstrap.countypack;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.JurisdictionCode;

/**
 * The centre of an imported pack is kept among the county parameters under {@code centre.}, so
 * that an export can write {@code centre.yaml} back and other contexts can read the centre's name.
 */
final class CentreParameters {

    static final String PREFIX = "centre.";
    static final String NAME = "centre.name";
    static final String JURISDICTION = "centre.jurisdiction";
    static final String REGION_CODE = "centre.region-code";
    static final String ZONE = "centre.zone";
    static final String MAKE_UP_DAYS = "centre.calendar.make-up-days-are-working-days";

    private CentreParameters() {
    }

    static Map<String, String> of(Centre centre) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(NAME, centre.name());
        values.put(JURISDICTION, centre.jurisdiction().value());
        values.put(REGION_CODE, centre.regionCode());
        values.put(ZONE, centre.zone().getId());
        values.put(MAKE_UP_DAYS, String.valueOf(centre.calendar().makeUpDaysAreWorkingDays()));
        return values;
    }

    /** The centre the parameters describe, or {@code null} when no pack was imported. */
    static Centre from(Map<String, String> parameters) {
        if (!parameters.containsKey(NAME) || !parameters.containsKey(JURISDICTION)) {
            return null;
        }
        return new Centre(parameters.get(NAME), new JurisdictionCode(parameters.get(JURISDICTION)),
                parameters.get(REGION_CODE), ZoneId.of(parameters.get(ZONE)),
                new CalendarSettings(Boolean.parseBoolean(parameters.getOrDefault(MAKE_UP_DAYS, "true"))));
    }
}
