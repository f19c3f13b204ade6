package org.openhall.shared.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The county's parameters (县级规则参数) as last read, kept for a short while: every case
 * transition, notice and supervision check reads them, while they change only when a county pack is
 * imported or an administrator sets one.
 *
 * <p>A change made in this process is seen at once: the writer {@linkplain #invalidate() invalidates}
 * the snapshot. A change made elsewhere — {@code pack import} run from the command line, another
 * instance of OpenHall — is seen once the snapshot is older than its maximum age. A read that began
 * before an invalidation is not kept, so a snapshot read just before a change commits cannot stay
 * behind it.
 */
final class CountyParameterSnapshot {

    private record Loaded(SortedMap<String, String> values, Instant at, long generation) {
    }

    private final Clock clock;
    private final Duration maxAge;
    private volatile Loaded loaded;
    private volatile long generation;

    /** @param maxAge how long a snapshot serves; zero reads the store every time */
    CountyParameterSnapshot(Clock clock, Duration maxAge) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("the maximum age of county parameters cannot be negative: " + maxAge);
        }
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The parameters, read from {@code store} when no snapshot is fresh. */
    SortedMap<String, String> current(Supplier<SortedMap<String, String>> store) {
        Instant now = clock.instant();
        Loaded snapshot = loaded;
        if (snapshot != null && snapshot.generation() == generation && now.isBefore(snapshot.at().plus(maxAge))) {
            return snapshot.values();
        }
        long readFor = generation;
        SortedMap<String, String> values = Collections.unmodifiableSortedMap(new TreeMap<>(store.get()));
        synchronized (this) {
            // An invalidation during the read leaves the old values out: the next read goes to the store again.
            if (readFor == generation) {
                loaded = new Loaded(values, now, readFor);
            }
        }
        return values;
    }

    /** Forgets the snapshot: a parameter was written, or a transaction that wrote one ended. */
    synchronized void invalidate() {
        generation++;
        loaded = null;
    }
}
