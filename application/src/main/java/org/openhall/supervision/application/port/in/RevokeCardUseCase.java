package org.openhall.supervision.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/** 撤销 or 驳回申诉: a supervisor decides on a card with reasons. */
@PrimaryPort
public interface RevokeCardUseCase {

    /** Revokes the card: it stays in the history and leaves the figures. */
    WarningView revoke(Actor supervisor, CardDecisionCommand command);

    /** Dismisses the department's contest: the card stands. */
    WarningView dismissContest(Actor supervisor, CardDecisionCommand command);
}
