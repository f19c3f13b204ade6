package org.openhall.planted.servicecase.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

/** Planted: domain code reading the wall clock, next to the one allowed way ({@code LocalDate.now(clock)}). */
public class SelfTimedCase {

    private final Supplier<Instant> stamps = Instant::now;

    public Instant receivedAt() {
        return Instant.now();
    }

    public LocalDate receivedOn() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    public LocalDate acceptedOn(Clock clock) {
        return LocalDate.now(clock);
    }

    public Instant nextStamp() {
        return stamps.get();
    }
}
