package org.openhall.participation.application.port.in;

import org.openhall.participation.domain.HearingId;
import org.openhall.shared.domain.access.Actor;

/** 听证笔录: the minutes of the hearing as the participants confirmed them. */
public record RecordHearingMinutesCommand(Actor actor, HearingId hearingId, String text) {
}
