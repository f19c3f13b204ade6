package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Starts a special procedure that stops the case's clocks (Art. 45). */
@PrimaryPort
public interface PauseCaseUseCase {

    CaseView pause(PauseCaseCommand command);
}
