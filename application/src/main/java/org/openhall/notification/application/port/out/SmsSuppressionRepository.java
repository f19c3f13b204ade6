package org.openhall.notification.application.port.out;

import java.time.Instant;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The suppression list (退订名单): mobile numbers that receive service messages only. */
@SecondaryPort
public interface SmsSuppressionRepository {

    boolean isSuppressed(String mobile);

    /** Adds the number; nothing happens when it is listed already. */
    void add(String mobile, String reason, Instant at);

    /** Removes the number; nothing happens when it is not listed. */
    void remove(String mobile);
}
