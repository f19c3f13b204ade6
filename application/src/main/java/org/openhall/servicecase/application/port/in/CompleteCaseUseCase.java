package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Completes a case (办结). */
@PrimaryPort
public interface CompleteCaseUseCase {

    CaseView complete(CompleteCaseCommand command);
}
