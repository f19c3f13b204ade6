package org.openhall.bootstrap.wiring;

import java.time.Clock;

import org.openhall.complaint.application.port.out.TicketNumberSequence;
import org.openhall.complaint.application.port.out.TicketRepository;
import org.openhall.complaint.application.service.TicketIntakeService;
import org.openhall.complaint.application.service.TicketLoopService;
import org.openhall.complaint.application.service.TicketQueryService;
import org.openhall.complaint.application.service.TicketSettings;
import org.openhall.servicecase.application.port.in.CaseHandlersQuery;
import org.openhall.servicecase.application.port.out.CaseNumberLookupPort;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.application.service.CaseHandlersService;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the tickets (诉求工单): their rules from the county pack's {@code hotline.*}, intake (with the
 * case an efficiency complaint is about, found through the case context's handlers query), the closed
 * loop with its lateness reports, and the staff's, hotline's and public's reads.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintConfiguration {

    @Bean
    CaseHandlersService caseHandlersService(CaseNumberLookupPort numbers, ServiceCaseRepository cases) {
        return new CaseHandlersService(numbers, cases);
    }

    @Bean
    TicketSettings ticketSettings(CountyParameters parameters, WorkingDayCalendarQuery calendars, CentreProfile centre,
            Clock clock) {
        return new TicketSettings(parameters, calendars, centre, clock);
    }

    @Bean
    TicketIntakeService ticketIntakeService(TicketRepository tickets, TicketNumberSequence numbers,
            CaseHandlersQuery caseHandlers, TicketSettings settings) {
        return new TicketIntakeService(tickets, numbers, caseHandlers, settings);
    }

    @Bean
    TicketLoopService ticketLoopService(TicketRepository tickets, DomainEventPublisher events,
            TicketSettings settings) {
        return new TicketLoopService(tickets, events, settings);
    }

    @Bean
    TicketQueryService ticketQueryService(TicketRepository tickets, TicketSettings settings) {
        return new TicketQueryService(tickets, settings);
    }
}
