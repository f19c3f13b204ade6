package org.openhall.bootstrap.countypack;

import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.domain.calendar.CalendarSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Derives the centre's profile and calendar settings from the county pack named by
 * {@code openhall.county-pack} (the Heshan demo pack by default): the {@code centre.yaml} a
 * county adapts is what the running application calls itself and counts time by.
 */
@Configuration(proxyBeanMethods = false)
class CountyPackConfiguration {

    @Bean
    Centre countyCentre(@Value("${openhall.county-pack:classpath:county-packs/heshan}") String location) {
        return new CountyPackLoader().centre(location);
    }

    @Bean
    CentreProfile centreProfile(Centre centre) {
        return centre.profile();
    }

    @Bean
    CalendarSettings calendarSettings(Centre centre) {
        return centre.calendar();
    }
}
