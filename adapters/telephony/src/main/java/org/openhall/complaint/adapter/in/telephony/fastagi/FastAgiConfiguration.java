package org.openhall.complaint.adapter.in.telephony.fastagi;

import java.time.Clock;

import org.openhall.servicecase.application.port.in.PublicCaseTrackQuery;
import org.openhall.shared.application.CentreProfile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the FastAGI server when {@code openhall.telephony.fastagi.enabled} is true. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FastAgiProperties.class)
@ConditionalOnProperty(name = "openhall.telephony.fastagi.enabled", havingValue = "true")
public class FastAgiConfiguration {

    @Bean
    IvrCaseStatusScript ivrCaseStatusScript(PublicCaseTrackQuery tracking, FastAgiProperties properties,
            CentreProfile centre, Clock clock) {
        return new IvrCaseStatusScript(tracking, properties, centre, clock);
    }

    @Bean
    FastAgiServer fastAgiServer(FastAgiProperties properties, IvrCaseStatusScript script) {
        return new FastAgiServer(properties, script);
    }
}
