package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Publishes the decision made on a draft; refused with {@code participation.adoption-report-missing}
 * until the adoption report is published.
 */
@PrimaryPort
public interface PublishDecisionUseCase {

    DraftView publishDecision(PublishDecisionCommand command);
}
