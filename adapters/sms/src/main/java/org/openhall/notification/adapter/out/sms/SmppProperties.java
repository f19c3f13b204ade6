package org.openhall.notification.adapter.out.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS centre reached over SMPP 3.4 ({@code openhall.sms.smpp.*}), as the carrier assigns it.
 *
 * @param host          the SMSC's host
 * @param port          its port, default 2775
 * @param systemId      the account (system_id)
 * @param password      its password
 * @param systemType    system_type, often empty
 * @param sourceAddress the sender number or service code (e.g. 106…), as the carrier assigned it
 * @param timeout       how long to wait for bind and for each response; a submit unanswered by then is UNCERTAIN
 */
@ConfigurationProperties("openhall.sms.smpp")
public record SmppProperties(String host, @DefaultValue("2775") int port, String systemId, String password,
        @DefaultValue("") String systemType, @DefaultValue("10690000") String sourceAddress,
        @DefaultValue("10s") Duration timeout) {
}
