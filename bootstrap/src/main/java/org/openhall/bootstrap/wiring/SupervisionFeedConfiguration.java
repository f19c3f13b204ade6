package org.openhall.bootstrap.wiring;

import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.shared.application.CentreProfile;
import org.openhall.supervision.application.port.out.SupervisionFeedBacklog;
import org.openhall.supervision.application.port.out.SupervisionFeedLog;
import org.openhall.supervision.application.port.out.SupervisionFeedPort;
import org.openhall.supervision.application.service.SupervisionFeedService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the monitoring feed to the regional supervision system: the relaying listener with the
 * transport, log and backlog the supervision adapter provides (see docs/supervision-feed.md).
 */
@Configuration(proxyBeanMethods = false)
class SupervisionFeedConfiguration {

    @Bean
    SupervisionFeedService supervisionFeedService(SupervisionFeedPort feed, SupervisionFeedLog log,
            SupervisionFeedBacklog backlog, ServiceCaseQuery cases, CentreProfile centre) {
        return new SupervisionFeedService(feed, log, backlog, cases, centre.zone());
    }
}
