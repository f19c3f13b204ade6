package org.openhall.servicecase.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test moves from day to day (10:00 local time). */
final class MovableClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    MovableClock(ZoneId zone) {
        this.zone = zone;
        setDate("2026-03-02");
    }

    void setDate(String isoDate) {
        now = LocalDate.parse(isoDate).atTime(10, 0).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
