package org.openhall.complaint.application.port.in;

import java.time.Instant;

/**
 * A hotline call as the console shows it (通话记录). The caller's number is masked: the operator
 * hears the caller, and the record must not become a phone book.
 *
 * @param callerNumber masked, {@code null} when withheld
 * @param state        RINGING, ANSWERED or ENDED
 * @param agent        the operator who answered, {@code null} until then
 * @param talkSeconds  seconds talked, {@code null} while the call goes on, 0 when missed
 * @param recording    the recording's reference, {@code null} when none
 * @param ticketId     the ticket opened from the call, {@code null} until one is
 */
public record HotlineCallView(String callId, String callerNumber, String state, String agent, Instant ringingAt,
        Instant answeredAt, Instant endedAt, Long talkSeconds, String recording, String ticketId, long version) {
}
