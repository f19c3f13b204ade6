package org.openhall.shared.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Ids made later sort later, carry their millisecond, and are version 7 of RFC 9562. */
class TimeOrderedUuidTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void anIdIsAVersion7UuidOfTheIetfVariantCarryingItsMillisecond() {
        UUID id = TimeOrderedUuid.next(at("2026-11-30T08:00:00.123Z"));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(Instant.parse("2026-11-30T08:00:00.123Z").toEpochMilli());
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void idsOfLaterMillisecondsSortLaterAsTextAndAsUuids() {
        UUID earlier = TimeOrderedUuid.next(at("2026-11-30T08:00:00.123Z"));
        UUID later = TimeOrderedUuid.next(at("2026-11-30T08:00:00.124Z"));
        UUID muchLater = TimeOrderedUuid.next(at("2027-01-04T00:00:00Z"));

        assertThat(earlier.toString()).isLessThan(later.toString());
        assertThat(later.toString()).isLessThan(muchLater.toString());
        // PostgreSQL compares uuid values as unsigned bytes, as the text does.
        assertThat(Long.compareUnsigned(earlier.getMostSignificantBits(), later.getMostSignificantBits())).isNegative();
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Clock sameMoment = at("2026-11-30T08:00:00.123Z");
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedUuid.next(sameMoment));
        }

        assertThat(ids).hasSize(10_000);
    }
}
