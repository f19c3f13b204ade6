package org.openhall.bootstrap.wiring;

import java.time.Clock;

import org.openhall.participation.application.port.out.CommentRepository;
import org.openhall.participation.application.port.out.ContactDisclosureLog;
import org.openhall.participation.application.port.out.DraftDecisionRepository;
import org.openhall.participation.application.port.out.HearingRegistrationRepository;
import org.openhall.participation.application.port.out.HearingRepository;
import org.openhall.participation.application.service.ConsultationService;
import org.openhall.participation.application.service.CountyHearingNoticePeriods;
import org.openhall.participation.application.service.HearingService;
import org.openhall.participation.domain.HearingNoticePeriods;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.in.WorkingDayCalendarQuery;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires decision openness (决策公开): the consultation and hearing services. The notice periods for
 * hearings are the county pack's parameters ({@code participation.hearing.*}); the properties
 * {@code openhall.participation.hearing.*} only give the defaults for what a pack leaves out.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParticipationConfiguration.HearingNoticeProperties.class)
class ParticipationConfiguration {

    @Bean
    ConsultationService consultationService(DraftDecisionRepository drafts, CommentRepository comments,
            ContactDisclosureLog disclosures, WorkingDayCalendarQuery calendars, DomainEventPublisher events,
            CentreProfile centre, Clock clock) {
        return new ConsultationService(drafts, comments, disclosures, calendars, events, centre, clock);
    }

    @Bean
    HearingService hearingService(HearingRepository hearings, HearingRegistrationRepository registrations,
            DraftDecisionRepository drafts, ContactDisclosureLog disclosures, WorkingDayCalendarQuery calendars,
            DomainEventPublisher events, CentreProfile centre, CountyParameters parameters,
            HearingNoticeProperties defaults, Clock clock) {
        return new HearingService(hearings, registrations, drafts, disclosures, calendars, events, centre,
                new CountyHearingNoticePeriods(parameters, defaults.toPeriods()), clock);
    }

    /**
     * How many calendar days before a hearing its announcement, the close of registration and the
     * materials must come where the county pack sets no period of its own; these properties'
     * defaults are {@link HearingNoticePeriods#defaults()} (the materials' 7 days are the
     * State Council's, 《重大行政决策程序暂行条例》 Art. 16).
     *
     * @param announcementDays        {@code openhall.participation.hearing.announcement-days}, default 20
     * @param registrationClosingDays {@code openhall.participation.hearing.registration-closing-days}, default 10
     * @param materialsDays           {@code openhall.participation.hearing.materials-days}, default 7
     */
    @ConfigurationProperties("openhall.participation.hearing")
    record HearingNoticeProperties(@DefaultValue("20") int announcementDays,
            @DefaultValue("10") int registrationClosingDays, @DefaultValue("7") int materialsDays) {

        /** The periods as the domain checks them; refuses at start-up periods that cannot follow each other. */
        HearingNoticePeriods toPeriods() {
            return new HearingNoticePeriods(announcementDays, registrationClosingDays, materialsDays);
        }
    }
}
