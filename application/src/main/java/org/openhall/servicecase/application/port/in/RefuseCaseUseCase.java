package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Refuses an application (不予受理); the case closes. */
@PrimaryPort
public interface RefuseCaseUseCase {

    CaseView refuse(RefuseCaseCommand command);
}
