package org.openhall.bootstrap.wiring;

import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.servicecase.application.port.out.CaseNumberLookupPort;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.application.service.PublicCaseTrackService;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires public case tracking (办件进度查询). */
@Configuration(proxyBeanMethods = false)
class CaseTrackingConfiguration {

    @Bean
    PublicCaseTrackService publicCaseTrackService(CaseNumberLookupPort numbers, ServiceCaseRepository cases,
            WorkingDayCalendarQuery calendars, ServiceNetworkQuery network, CentreProfile centre) {
        return new PublicCaseTrackService(numbers, cases, calendars, network, centre);
    }
}
