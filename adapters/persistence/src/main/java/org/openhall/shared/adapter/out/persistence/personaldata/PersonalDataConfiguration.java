package org.openhall.shared.adapter.out.persistence.personaldata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one personal-data cipher of the application, from {@code openhall.personal-data.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataConfiguration.class);

    @Bean
    PersonalDataCipher personalDataCipher(PersonalDataProperties properties) {
        PersonalDataKeyRing ring = PersonalDataKeyRing.of(properties);
        if (ring.demo()) {
            log.warn("Personal data is sealed with the PUBLIC DEMO keys: fine for the demo county, never for real "
                    + "people. Configure openhall.personal-data.* (docs/security.md).");
        } else {
            log.info("Personal data is sealed with {} under key {}", ring.algorithm().label(), ring.activeKeyId());
        }
        return new PersonalDataCipher(ring);
    }
}
