package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Issues the one-time notice of missing or defective materials (一次性告知). */
@PrimaryPort
public interface RequestSupplementUseCase {

    CaseView requestSupplement(RequestSupplementCommand command);
}
