package org.openhall.disclosure.application.port.in;

import java.time.LocalDate;

import org.openhall.disclosure.domain.request.IntakeChannel;
import org.openhall.disclosure.domain.request.Requester;
import org.openhall.shared.domain.access.Actor;

/**
 * 登记申请: a request for information as it arrived.
 *
 * @param signedForOn the day the agency signed for a registered letter; {@code null} for other channels
 */
public record RegisterRequestCommand(Actor actor, Requester requester, String description, IntakeChannel channel,
        LocalDate signedForOn) {
}
