package org.openhall.bootstrap.wiring;

import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.shared.application.CentreProfile;
import org.openhall.supervision.adapter.out.feed.SupervisionFeedProperties;
import org.openhall.supervision.application.port.out.SupervisionFeedOutbox;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.openhall.supervision.application.service.SupervisionFeedRelay;
import org.openhall.supervision.application.service.SupervisionFeedService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the monitoring feed to the regional supervision system: the listener that appends every case
 * event and warning to the outbox as the CloudEvent it will be sent as, the relay that sends it in batches, and the loop that runs the relay
 * on a short interval and right after each commit that appended (see docs/supervision-feed.md).
 */
@Configuration(proxyBeanMethods = false)
class SupervisionFeedConfiguration {

    @Bean
    SupervisionFeedRelay supervisionFeedRelay(SupervisionFeedOutbox outbox, SupervisionFeedPort feed,
            ServiceCaseQuery cases, CentreProfile centre) {
        return new SupervisionFeedRelay(outbox, feed, cases, centre.zone());
    }

    @Bean
    SupervisionFeedRelayLoop supervisionFeedRelayLoop(SupervisionFeedRelay relay,
            SupervisionFeedProperties properties) {
        return new SupervisionFeedRelayLoop(relay, properties.relay().interval(), properties.relay().batchSize());
    }

    @Bean
    SupervisionFeedService supervisionFeedService(SupervisionFeedOutbox outbox, SupervisionFeedPort feed,
            ServiceCaseQuery cases, SupervisionFeedRelayLoop loop, CentreProfile centre) {
        return new SupervisionFeedService(outbox, feed, cases, loop::wake, centre.zone());
    }
}
