package org.openhall.supervision.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.domain.AccountabilityRecord;

/** Accountability records: supervisors see all, approvers their department's. */
@PrimaryPort
public interface AccountabilityQuery {

    List<AccountabilityRecord> accountability(Actor actor);
}
