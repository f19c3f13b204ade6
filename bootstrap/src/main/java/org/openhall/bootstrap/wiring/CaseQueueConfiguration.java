package org.openhall.bootstrap.wiring;

import java.time.Clock;

import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.servicecase.application.port.out.CaseQueuePort;
import org.openhall.servicecase.application.service.CaseQueueService;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the work queues (待办队列) and the counts per state. */
@Configuration(proxyBeanMethods = false)
class CaseQueueConfiguration {

    @Bean
    CaseQueueService caseQueueService(CaseQueuePort queues, WindowDutyQuery duties,
            WorkingDayCalendarQuery calendars, CentreProfile centre, Clock clock) {
        return new CaseQueueService(queues, duties, calendars, centre, clock);
    }
}
