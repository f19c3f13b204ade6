package org.openhall.bootstrap.countypack;

import java.time.ZoneId;

import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the county pack named by {@code openhall.county-pack} (the Heshan demo pack by default)
 * and derives the centre's profile and calendar settings from it.
 */
@Configuration(proxyBeanMethods = false)
class CountyPackConfiguration {

    @Bean
    CountyPack countyPack(@Value("${openhall.county-pack:classpath:county-packs/heshan}") String location) {
        return new CountyPackReader().read(location);
    }

    @Bean
    CentreProfile centreProfile(CountyPack pack) {
        CountyPack.Centre c = pack.centre();
        return new CentreProfile(c.name(), new JurisdictionCode(c.jurisdiction()), c.regionCode(), ZoneId.of(c.zone()));
    }

    @Bean
    CalendarSettings calendarSettings(CountyPack pack) {
        return pack.centre().calendar() == null ? CalendarSettings.defaults()
                : new CalendarSettings(pack.centre().calendar().makeUpDaysAreWorkingDays());
    }
}
