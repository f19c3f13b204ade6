package org.openhall.bootstrap.wiring;

import java.time.Clock;

import org.openhall.complaint.application.port.in.CallerTicketsQuery;
import org.openhall.complaint.application.port.in.OpenTicketUseCase;
import org.openhall.complaint.application.port.out.HotlineCallRepository;
import org.openhall.complaint.application.service.CallScreenPopService;
import org.openhall.complaint.application.service.CallTicketService;
import org.openhall.complaint.application.service.HotlineCallService;
import org.openhall.servicecase.application.port.in.ApplicantCasesQuery;
import org.openhall.servicecase.application.port.out.ApplicantCasesPort;
import org.openhall.servicecase.application.service.ApplicantCasesService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the hotline (热线): call events from any CTI, the operator's screen-pop with the caller's
 * open cases (from the case context) and tickets, and tickets opened from calls. The FastAGI IVR
 * wires itself in the telephony adapter when enabled.
 */
@Configuration(proxyBeanMethods = false)
class HotlineConfiguration {

    @Bean
    ApplicantCasesService applicantCasesService(ApplicantCasesPort cases) {
        return new ApplicantCasesService(cases);
    }

    @Bean
    HotlineCallService hotlineCallService(HotlineCallRepository calls, Clock clock) {
        return new HotlineCallService(calls, clock);
    }

    @Bean
    CallScreenPopService callScreenPopService(HotlineCallRepository calls, ApplicantCasesQuery cases,
            CallerTicketsQuery tickets) {
        return new CallScreenPopService(calls, cases, tickets);
    }

    @Bean
    CallTicketService callTicketService(HotlineCallRepository calls, OpenTicketUseCase tickets) {
        return new CallTicketService(calls, tickets);
    }
}
