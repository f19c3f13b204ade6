package org.openhall.complaint.domain.hotline;

import java.time.Instant;

/**
 * The stored state of a {@link HotlineCall}, for persistence and views.
 *
 * @param callerNumber as presented by the network, {@code null} when withheld
 * @param agent        the operator who answered, {@code null} until answered
 * @param answeredAt   {@code null} until answered; stays {@code null} for a missed call
 * @param endedAt      {@code null} until hung up
 * @param recording    the recording's reference, {@code null} when there is none
 * @param ticketId     the ticket opened from the call, {@code null} until one is
 * @param version      0 for a call never stored
 */
public record HotlineCallSnapshot(CallId id, String callerNumber, CallState state, String agent, Instant ringingAt,
        Instant answeredAt, Instant endedAt, String recording, String ticketId, long version) {
}
