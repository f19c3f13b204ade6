package org.openhall.participation.application.port.in;

import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.Registrant;

/**
 * 报名: a member of the public registers for a hearing. No account is needed.
 *
 * @param statement what they would speak to, or whose interest; may be {@code null}
 */
public record RegisterForHearingCommand(HearingId hearingId, Registrant registrant, String statement) {
}
