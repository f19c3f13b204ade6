package org.openhall.supervision.adapter.out.feed;

import java.time.OffsetDateTime;

import org.openhall.supervision.application.port.out.SupervisionFeedData;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;

/** Feed events for the transports' tests. */
final class FeedEvents {

    private FeedEvents() {
    }

    /** Case N-1 accepted (受理) by a clerk. */
    static SupervisionFeedEvent accepted() {
        return new SupervisionFeedEvent("case:c:1", "cn.gov.openhall.case.accepted", "N-1",
                OffsetDateTime.parse("2026-03-02T10:00:00+08:00"), "c", 1,
                new SupervisionFeedData("N-1", "c", "SCJG-001", 1, null, "SCJG", "张*", null, null, "clerk", null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null));
    }
}
