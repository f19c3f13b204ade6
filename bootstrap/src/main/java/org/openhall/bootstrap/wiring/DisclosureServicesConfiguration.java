package org.openhall.bootstrap.wiring;

import java.time.Clock;

import org.openhall.disclosure.application.port.out.CatalogEntryRepository;
import org.openhall.disclosure.application.port.out.DisclosureGuideRepository;
import org.openhall.disclosure.application.port.out.DisclosureRequestRepository;
import org.openhall.disclosure.application.port.out.DisclosureSequence;
import org.openhall.disclosure.application.service.DisclosureCatalogService;
import org.openhall.disclosure.application.service.DisclosureRequestService;
import org.openhall.disclosure.domain.catalog.IndexNumberScheme;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the open-government-information services (政府信息公开). The index-number scheme is the
 * jurisdiction's own (each province prescribes one) and comes from configuration.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureServicesConfiguration {

    @Bean
    IndexNumberScheme indexNumberScheme(
            @Value("${openhall.disclosure.index-number-scheme:{org}-{category}-{year}-{seq:4}}") String pattern,
            @Value("${openhall.disclosure.organisation-code:HSZF}") String organisationCode) {
        return new IndexNumberScheme(pattern, organisationCode);
    }

    @Bean
    DisclosureRequestService disclosureRequestService(DisclosureRequestRepository requests, DisclosureSequence sequence,
            DisclosureGuideRepository guides, WorkingDayCalendarQuery calendars, DomainEventPublisher events,
            CentreProfile centre, Clock clock) {
        return new DisclosureRequestService(requests, sequence, guides, calendars, events, centre, clock);
    }

    @Bean
    DisclosureCatalogService disclosureCatalogService(CatalogEntryRepository entries,
            DisclosureRequestRepository requests, DisclosureGuideRepository guides, DisclosureSequence sequence,
            IndexNumberScheme indexNumberScheme, WorkingDayCalendarQuery calendars, DomainEventPublisher events,
            CentreProfile centre, Clock clock) {
        return new DisclosureCatalogService(entries, requests, guides, sequence, indexNumberScheme, calendars, events,
                centre, clock);
    }
}
