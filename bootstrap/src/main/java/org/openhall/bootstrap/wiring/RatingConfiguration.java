package org.openhall.bootstrap.wiring;

import java.time.Clock;

import org.openhall.complaint.application.port.in.CallerPhoneQuery;
import org.openhall.complaint.application.port.out.RatedServiceRepository;
import org.openhall.complaint.application.port.out.RatingAppealRepository;
import org.openhall.complaint.application.port.out.RatingFiguresRepository;
import org.openhall.complaint.application.port.out.RatingInvitationDelivery;
import org.openhall.complaint.application.port.out.RatingInvitationRepository;
import org.openhall.complaint.application.port.out.RatingRepository;
import org.openhall.complaint.application.port.out.RectificationRepository;
import org.openhall.complaint.application.service.RatableServiceRegistrar;
import org.openhall.complaint.application.service.RatingAppealService;
import org.openhall.complaint.application.service.RatingFiguresService;
import org.openhall.complaint.application.service.RatingService;
import org.openhall.complaint.application.service.RatingSettings;
import org.openhall.complaint.application.service.RectificationService;
import org.openhall.notification.application.port.in.NotifyApplicantUseCase;
import org.openhall.servicecase.application.port.in.ApplicantContactQuery;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires ratings of services (好差评): the services of the rating side of the complaint context, the case and
 * ticket events that make services ratable, and the rating code's way to the applicant (an SMS of the
 * notification context, template {@code rating-code}).
 */
@Configuration(proxyBeanMethods = false)
class RatingConfiguration {

    @Bean
    RatingSettings ratingSettings(CountyParameters parameters, WorkingDayCalendarQuery calendars, CentreProfile centre,
            Clock clock) {
        return new RatingSettings(parameters, calendars, centre, clock);
    }

    @Bean
    RatingInvitationDelivery ratingInvitationDelivery(NotifyApplicantUseCase notify, CentreProfile centre) {
        return new SmsRatingInvitationDelivery(notify, centre);
    }

    @Bean
    RatableServiceRegistrar ratableServiceRegistrar(RatedServiceRepository services,
            RatingInvitationRepository invitations, RatingInvitationDelivery delivery, ServiceCaseQuery cases,
            ApplicantContactQuery contacts, CallerPhoneQuery callers, RatingSettings settings) {
        return new RatableServiceRegistrar(services, invitations, delivery, cases, contacts, callers, settings);
    }

    @Bean
    RatingService ratingService(RatedServiceRepository services, RatingInvitationRepository invitations,
            RatingRepository ratings, RectificationRepository rectifications, RatingSettings settings) {
        return new RatingService(services, invitations, ratings, rectifications, settings);
    }

    @Bean
    RectificationService rectificationService(RectificationRepository rectifications, RatingSettings settings) {
        return new RectificationService(rectifications, settings);
    }

    @Bean
    RatingAppealService ratingAppealService(RatingRepository ratings, RatedServiceRepository services,
            RatingAppealRepository appeals, RatingSettings settings) {
        return new RatingAppealService(ratings, services, appeals, settings);
    }

    @Bean
    RatingFiguresService ratingFiguresService(RatingFiguresRepository figures, RatingSettings settings) {
        return new RatingFiguresService(figures, settings);
    }
}
