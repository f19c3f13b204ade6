package org.openhall.bootstrap.countypack;

import java.time.ZoneId;

import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.JurisdictionCode;

/**
 * The centre of a validated pack: its profile and how its calendar counts make-up working days.
 */
public record Centre(String name, JurisdictionCode jurisdiction, String regionCode, ZoneId zone,
        CalendarSettings calendar) {

    /** The profile the running application uses. */
    public CentreProfile profile() {
        return new CentreProfile(name, jurisdiction, regionCode, zone);
    }
}
