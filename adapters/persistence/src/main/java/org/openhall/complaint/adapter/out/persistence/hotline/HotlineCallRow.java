package org.openhall.complaint.adapter.out.persistence.hotline;

import java.time.Instant;

import org.openhall.complaint.domain.hotline.CallState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A stored hotline call: one flat row. */
@Table("hotline_call")
record HotlineCallRow(
        @Id String id,
        String callerNumber,
        CallState state,
        String agent,
        Instant ringingAt,
        Instant answeredAt,
        Instant endedAt,
        String recording,
        String ticketId,
        @Version long version) {

    /** The same row with the caller's number replaced, e.g. by its sealed form. */
    HotlineCallRow withCallerNumber(String number) {
        return new HotlineCallRow(id, number, state, agent, ringingAt, answeredAt, endedAt, recording, ticketId, version);
    }
}
