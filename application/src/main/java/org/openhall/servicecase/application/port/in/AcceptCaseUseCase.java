package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Accepts a case (受理) and starts its clocks. */
@PrimaryPort
public interface AcceptCaseUseCase {

    CaseView accept(AcceptCaseCommand command);
}
