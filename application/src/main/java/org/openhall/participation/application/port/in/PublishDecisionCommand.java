package org.openhall.participation.application.port.in;

import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.domain.access.Actor;

/** 公布决策: the decision's final text. */
public record PublishDecisionCommand(Actor actor, DraftDecisionId draftId, String text) {
}
