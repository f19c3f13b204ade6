package org.openhall.complaint.application.port.in;

import java.time.Instant;

/**
 * A call-centre event as any CTI reports it (话务事件), in plain values.
 *
 * @param type         {@code RINGING}, {@code ANSWERED} or {@code HUNG_UP}
 * @param callId       the CTI's id of the call
 * @param callerNumber the presented caller number; {@code null} when withheld
 * @param agent        the answering operator's user name (ANSWERED)
 * @param occurredAt   when it happened; {@code null} for "now" (a console reporting live)
 * @param recording    the recording's reference (HUNG_UP), if the call was recorded
 */
public record CallEventCommand(String type, String callId, String callerNumber, String agent, Instant occurredAt,
        String recording) {
}
