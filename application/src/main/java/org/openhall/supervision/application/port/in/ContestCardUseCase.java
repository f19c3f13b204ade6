package org.openhall.supervision.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/** 申诉: an approver of the card's department says why the card is wrong. */
@PrimaryPort
public interface ContestCardUseCase {

    WarningView contest(Actor approver, CardDecisionCommand command);
}
