package org.openhall.bootstrap.supervision;

import java.time.Clock;

import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.supervision.application.port.in.SupervisionGaugesQuery;
import org.openhall.supervision.application.port.out.AccountabilityRepository;
import org.openhall.supervision.application.port.out.SupervisedCaseRepository;
import org.openhall.supervision.application.port.out.SupervisoryOrderRepository;
import org.openhall.supervision.application.port.out.WarningRepository;
import org.openhall.supervision.application.service.AccountabilityService;
import org.openhall.supervision.application.service.CardService;
import org.openhall.supervision.application.service.CaseEventProjector;
import org.openhall.supervision.application.service.PublicationLatenessProjector;
import org.openhall.supervision.application.service.SupervisionFiguresService;
import org.openhall.supervision.application.service.SupervisionSettings;
import org.openhall.supervision.application.service.SupervisionSweepService;
import org.openhall.supervision.application.service.SupervisoryOrderService;
import org.openhall.supervision.application.service.TicketLatenessProjector;
import org.openhall.supervision.application.service.WarningRaiser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires electronic supervision (电子监察): the event projector, the sweep and the supervisors' services. */
@Configuration(proxyBeanMethods = false)
class SupervisionConfiguration {

    @Bean
    SupervisionSettings supervisionSettings(CountyParameters parameters, WorkingDayCalendarQuery calendars,
            CentreProfile centre) {
        return new SupervisionSettings(parameters, calendars, centre);
    }

    @Bean
    WarningRaiser warningRaiser(WarningRepository warnings, DomainEventPublisher events, Clock clock) {
        return new WarningRaiser(warnings, events, clock);
    }

    @Bean
    CaseEventProjector caseEventProjector(SupervisedCaseRepository cases, WarningRaiser raiser,
            SupervisionSettings settings) {
        return new CaseEventProjector(cases, raiser, settings);
    }

    @Bean
    PublicationLatenessProjector publicationLatenessProjector(WarningRaiser raiser, SupervisionSettings settings) {
        return new PublicationLatenessProjector(raiser, settings);
    }

    @Bean
    TicketLatenessProjector ticketLatenessProjector(WarningRaiser raiser, SupervisionSettings settings) {
        return new TicketLatenessProjector(raiser, settings);
    }

    @Bean
    SupervisionSweepService supervisionSweepService(SupervisedCaseRepository cases, WarningRaiser raiser,
            SupervisionSettings settings, Clock clock) {
        return new SupervisionSweepService(cases, raiser, settings, clock);
    }

    @Bean
    CardService cardService(WarningRepository warnings, SupervisionSettings settings, Clock clock) {
        return new CardService(warnings, settings, clock);
    }

    @Bean
    SupervisoryOrderService supervisoryOrderService(SupervisoryOrderRepository orders, WarningRepository warnings,
            SupervisedCaseRepository cases, SupervisionSettings settings, Clock clock) {
        return new SupervisoryOrderService(orders, warnings, cases, settings, clock);
    }

    @Bean
    AccountabilityService accountabilityService(AccountabilityRepository records, WarningRepository warnings,
            SupervisionSettings settings, Clock clock) {
        return new AccountabilityService(records, warnings, settings, clock);
    }

    @Bean
    SupervisionFiguresService supervisionFiguresService(SupervisedCaseRepository cases, WarningRepository warnings,
            SupervisionSettings settings, Clock clock) {
        return new SupervisionFiguresService(cases, warnings, settings, clock);
    }

    @Bean
    SupervisionMetrics supervisionMetrics(SupervisionGaugesQuery gauges) {
        return new SupervisionMetrics(gauges);
    }
}
