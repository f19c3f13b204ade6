package org.openhall.bootstrap.wiring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

import org.openhall.notification.application.port.out.NoticeRepository;
import org.openhall.notification.application.port.out.SmsPort;
import org.openhall.notification.application.port.out.SmsSuppressionRepository;
import org.openhall.notification.application.service.CaseEventNotices;
import org.openhall.notification.application.service.NoticeDispatchService;
import org.openhall.notification.application.service.NotificationService;
import org.openhall.notification.application.service.NotificationSettings;
import org.openhall.notification.application.service.SmsTemplateCatalog;
import org.openhall.notification.domain.RetryPolicy;
import org.openhall.servicecase.application.port.in.ApplicantContactQuery;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.application.service.ApplicantContactService;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.port.in.CountyParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires SMS notices (短信通知): the services of the notification context, the case events they
 * listen to, and the applicant contact the servicecase context hands out. The gateway (an
 * {@link SmsPort}) comes from the sms adapter, chosen by {@code openhall.sms.gateway}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationConfiguration.NoticeRetryProperties.class)
class NotificationConfiguration {

    @Bean
    ApplicantContactService applicantContactService(ServiceCaseRepository cases) {
        return new ApplicantContactService(cases);
    }

    @Bean
    SmsTemplateCatalog smsTemplateCatalog(CountyParameters parameters) {
        return new SmsTemplateCatalog(parameters);
    }

    @Bean
    NotificationSettings notificationSettings(NoticeRetryProperties properties) {
        return properties.toSettings();
    }

    @Bean
    NotificationService notificationService(NoticeRepository notices, SmsSuppressionRepository suppressions,
            ApplicantContactQuery contacts, SmsTemplateCatalog templates, CentreProfile centre,
            NotificationSettings settings, Clock clock) {
        return new NotificationService(notices, suppressions, contacts, templates, centre, settings, clock);
    }

    @Bean
    NoticeDispatchService noticeDispatchService(NoticeRepository notices, SmsPort gateway,
            SmsTemplateCatalog templates, NotificationSettings settings, Clock clock) {
        return new NoticeDispatchService(notices, gateway, templates, settings, clock);
    }

    @Bean
    CaseEventNotices caseEventNotices(NotificationService notify, CountyParameters parameters,
            NotificationSettings settings, CentreProfile centre) {
        return new CaseEventNotices(notify, parameters, settings, centre);
    }

    /**
     * How the centre retries (operations, not county law): {@code openhall.sms.retry.*} and
     * {@code openhall.sms.day-starts-at}, the local time deferred notices go out on their day.
     *
     * @param maxAttempts        attempts while the gateway is unreachable before a notice fails, default 12
     * @param firstDelay         wait after the first failed attempt, doubled each time, default 30 s
     * @param maxDelay           longest wait between attempts, default 30 min
     * @param maxReconciliations times an unanswered send is asked about before it goes to review, default 5
     * @param dayStartsAt        when deferred notices go out, default 08:00
     */
    @ConfigurationProperties("openhall.sms.retry")
    record NoticeRetryProperties(@DefaultValue("12") int maxAttempts, @DefaultValue("30s") Duration firstDelay,
            @DefaultValue("30m") Duration maxDelay, @DefaultValue("5") int maxReconciliations,
            @DefaultValue("08:00") LocalTime dayStartsAt) {

        NotificationSettings toSettings() {
            return new NotificationSettings(new RetryPolicy(maxAttempts, firstDelay, maxDelay, maxReconciliations),
                    dayStartsAt);
        }
    }
}
