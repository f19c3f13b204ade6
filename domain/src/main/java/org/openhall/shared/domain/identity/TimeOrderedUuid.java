package org.openhall.shared.domain.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Identifiers that sort by the time they were made (时间有序标识): UUID version 7 of RFC 9562 — 48 bits of
 * Unix milliseconds from the given clock, then 74 random bits.
 *
 * <p>Why: a table keyed by random UUIDs spreads its inserts over every leaf page of each index that
 * holds the key, so after every checkpoint nearly each insert is the first change of its page and
 * PostgreSQL writes the whole page (8 KiB) to the WAL again. Ids that grow with time put a day's new
 * rows, and the rows the day's work changes, on the last pages. The random part keeps them unguessable
 * enough for what they name; no id is a secret.
 */
public final class TimeOrderedUuid {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedUuid() {
    }

    /** A new id, ordered by {@code clock}'s instant to the millisecond. */
    public static UUID next(Clock clock) {
        long millis = clock.millis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 // unix_ts_ms
                | 0x7000L // version 7
                | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL); // rand_a, 12 bits
        long low = 0x8000_0000_0000_0000L // variant 10
                | ((random[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
