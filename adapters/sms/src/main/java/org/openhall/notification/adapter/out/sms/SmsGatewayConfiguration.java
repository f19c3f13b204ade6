package org.openhall.notification.adapter.out.sms;

import org.openhall.notification.application.port.in.RecordDeliveryReportUseCase;
import org.openhall.notification.application.port.out.SmsPort;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the SMS gateway by {@code openhall.sms.gateway}: {@code log} (default), {@code smpp} or
 * {@code http}. A county with another gateway adds one class implementing {@link SmsPort} and a bean
 * under its own value here (docs/sms.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SmppProperties.class, HttpGatewayProperties.class })
public class SmsGatewayConfiguration {

    static final String GATEWAY = "openhall.sms.gateway";

    @Bean
    @ConditionalOnProperty(name = GATEWAY, havingValue = "log", matchIfMissing = true)
    SmsPort loggingSmsAdapter() {
        return new LoggingSmsAdapter();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = GATEWAY, havingValue = "smpp")
    SmppDeliveryReceipts smppDeliveryReceipts(RecordDeliveryReportUseCase reports) {
        return new SmppDeliveryReceipts(reports);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = GATEWAY, havingValue = "smpp")
    SmppSmsAdapter smppSmsAdapter(SmppProperties properties, SmppDeliveryReceipts receipts) {
        return new SmppSmsAdapter(properties, receipts);
    }

    @Bean
    @ConditionalOnProperty(name = GATEWAY, havingValue = "http")
    SmsPort httpSmsAdapter(HttpGatewayProperties properties) {
        return new HttpSmsAdapter(properties);
    }
}
