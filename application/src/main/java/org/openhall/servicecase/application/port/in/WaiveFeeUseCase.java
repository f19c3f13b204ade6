package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Waives a fee of the case (减免). */
@PrimaryPort
public interface WaiveFeeUseCase {

    CaseView waive(WaiveFeeCommand command);
}
