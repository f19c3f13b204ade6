package org.openhall.supervision.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.domain.AccountabilityRecord;

/** 责任追究: a supervisor records what was done about a card, and to whom. */
@PrimaryPort
public interface RecordAccountabilityUseCase {

    AccountabilityRecord record(Actor supervisor, RecordAccountabilityCommand command);
}
