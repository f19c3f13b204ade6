package org.openhall.shared.domain.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock tests set to the moment they need ("today is 2026-09-18, 10:00 in Heshan"). Shared by the
 * modules' tests through the domain test-jar; safe to set from one thread and read from others.
 */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public SettableClock(ZoneId zone, LocalDateTime start) {
        this.zone = zone;
        set(start);
    }

    /** Sets the local date and time in the clock's zone. */
    public void set(LocalDateTime localTime) {
        now = localTime.atZone(zone).toInstant();
    }

    /** Sets the local date, at 10:00. */
    public void setDate(String isoDate) {
        set(LocalDate.parse(isoDate).atTime(10, 0));
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
