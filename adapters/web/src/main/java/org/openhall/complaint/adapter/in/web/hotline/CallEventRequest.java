package org.openhall.complaint.adapter.in.web.hotline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A call event as the operator console reports it, as it happens: the signed-in operator is the
 * agent, OpenHall's clock the time.
 *
 * @param type         RINGING, ANSWERED or HUNG_UP
 * @param callerNumber the presented number (RINGING); empty when withheld
 * @param recording    the recording's reference (HUNG_UP), if the softphone recorded
 */
public record CallEventRequest(@NotBlank String type, @NotBlank @Size(max = 64) String callId,
        @Size(max = 32) String callerNumber, @Size(max = 200) String recording) {
}
