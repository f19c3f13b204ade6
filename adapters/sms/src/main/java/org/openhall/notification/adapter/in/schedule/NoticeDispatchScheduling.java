package org.openhall.notification.adapter.in.schedule;

import org.openhall.notification.application.port.in.DispatchNoticesUseCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Switches the dispatcher's schedule on unless {@code openhall.sms.dispatcher.enabled} is false. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "openhall.sms.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
public class NoticeDispatchScheduling {

    @Bean
    NoticeDispatchSchedule noticeDispatchSchedule(DispatchNoticesUseCase dispatcher,
            @Value("${openhall.sms.dispatcher.batch-size:100}") int batchSize) {
        return new NoticeDispatchSchedule(dispatcher, batchSize);
    }
}
