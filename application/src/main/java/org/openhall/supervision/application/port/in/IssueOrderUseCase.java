package org.openhall.supervision.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/** 督办: a supervisor orders a department to act on a case or warning and to reply by a working day. */
@PrimaryPort
public interface IssueOrderUseCase {

    OrderView issue(Actor supervisor, IssueOrderCommand command);
}
