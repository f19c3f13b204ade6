package org.openhall.complaint.adapter.in.telephony.fastagi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Misses of public tracking per caller number across calls: the channel's throttle, as the web's
 * is per address. Three misses end a call; this stops a caller who simply rings again from trying
 * number after number — once over the limit, their calls go straight to an operator, who can
 * still help them. Caller numbers can be forged, so this is a brake, not a lock; withheld numbers
 * share one count. Kept in memory: a restart forgets, as the web throttle does.
 */
final class CallerMisses {

    private final int maxMisses;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentMap<String, Deque<Instant>> misses = new ConcurrentHashMap<>();

    CallerMisses(int maxMisses, Duration window, Clock clock) {
        this.maxMisses = maxMisses;
        this.window = window;
        this.clock = clock;
    }

    boolean blocked(String caller) {
        // compute runs atomically per key; a caller whose misses all aged out is dropped from the map.
        int[] recent = { 0 };
        misses.computeIfPresent(caller, (c, t) -> {
            recent[0] = forgetOld(t).size();
            return t.isEmpty() ? null : t;
        });
        return recent[0] >= maxMisses;
    }

    void record(String caller) {
        misses.compute(caller, (c, t) -> {
            Deque<Instant> times = t == null ? new ArrayDeque<>() : forgetOld(t);
            times.addLast(clock.instant());
            return times;
        });
    }

    private Deque<Instant> forgetOld(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
        return times;
    }
}
