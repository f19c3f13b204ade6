package org.openhall.participation.application.port.in;

import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.HearingAnnouncement;
import org.openhall.shared.domain.access.Actor;

/** 听证公告: the drafting department announces a hearing on one of its drafts, today. */
public record AnnounceHearingCommand(Actor actor, DraftDecisionId draftId, HearingAnnouncement announcement) {
}
