package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Refunds collected fees (退费). */
@PrimaryPort
public interface RefundFeesUseCase {

    CaseView refund(RefundFeesCommand command);
}
