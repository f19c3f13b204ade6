package org.openhall.bootstrap.wiring;

import java.time.Clock;

import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.servicecase.application.port.in.SubmitApplicationUseCase;
import org.openhall.servicecase.application.port.out.ConsultationRepository;
import org.openhall.servicecase.application.port.out.PreApplicationRepository;
import org.openhall.servicecase.application.service.ConsultationService;
import org.openhall.servicecase.application.service.PreApplicationService;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires what comes before a case: consultations (咨询) and online pre-applications with their
 * pre-review (预审). Both create cases through the case service's {@link SubmitApplicationUseCase}.
 * The consultation service's bean is named apart from decision openness' public-comment service.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    ConsultationService caseConsultationService(ConsultationRepository consultations,
            SubmitApplicationUseCase applications, DomainEventPublisher events, CentreProfile centre, Clock clock) {
        return new ConsultationService(consultations, applications, events, centre, clock);
    }

    @Bean
    PreApplicationService preApplicationService(PreApplicationRepository preApplications, ApprovalItemLookup catalog,
            SubmitApplicationUseCase applications, WorkingDayCalendarQuery calendars, CountyParameters parameters,
            DomainEventPublisher events, CentreProfile centre, Clock clock) {
        return new PreApplicationService(preApplications, catalog, applications, calendars, parameters, events,
                centre, clock);
    }
}
