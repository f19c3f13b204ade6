package org.openhall.planted.bootstrap;

import org.springframework.context.annotation.Configuration;

/** Planted: composition-root code outside the clock bean reading the wall clock. */
@Configuration(proxyBeanMethods = false)
public class StartupStopwatch {

    private final long startedAt = System.currentTimeMillis();

    public long startedAt() {
        return startedAt;
    }
}
