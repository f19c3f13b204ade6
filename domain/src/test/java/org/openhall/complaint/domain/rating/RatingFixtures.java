package org.openhall.complaint.domain.rating;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A ratable case and ratings of it for the rating domain's tests. */
final class RatingFixtures {

    /** Wednesday 2026-09-30, 10:00 in Heshan: the day before the National Day holiday. */
    static final Instant BEFORE_NATIONAL_DAY = Instant.parse("2026-09-30T02:00:00Z");

    private RatingFixtures() {
    }

    static RatedService endedCase() {
        return new RatedService(UUID.randomUUID(), RatedServiceKind.CASE, UUID.randomUUID().toString(),
                "451381-2026-000123", "SCJG", "SCJG-001", List.of("clerk.scjg", "approver.scjg"), true,
                BEFORE_NATIONAL_DAY);
    }

    static RatedService anonymousTicket() {
        return new RatedService(UUID.randomUUID(), RatedServiceKind.TICKET, UUID.randomUUID().toString(),
                "T-2026-0042", "SCJG", "complaint", List.of("handler.scjg"), false, BEFORE_NATIONAL_DAY);
    }

    static Rating rating(RatedService service, int score) {
        return service.rate(UUID.randomUUID(), RatingChannel.PORTAL, RatingLevel.ofScore(score), "办理慢", null,
                BEFORE_NATIONAL_DAY);
    }
}
