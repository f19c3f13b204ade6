package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.domain.access.Actor;

/**
 * Publishes the adoption report (意见采纳情况) of a draft: after the comment period, once every comment
 * is moderated and every published one answered ({@code participation.comments-unanswered} otherwise).
 */
@PrimaryPort
public interface PublishAdoptionReportUseCase {

    AdoptionReportView publishReport(Actor actor, DraftDecisionId draftId);
}
