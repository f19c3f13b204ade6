package org.openhall.planted.bootstrap;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one allowed reader of the system clock: the composition root's {@code Clock} bean. */
@Configuration(proxyBeanMethods = false)
public class PlantedClockConfiguration {

    @Bean
    public Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
