package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Collects a case's fees once, under one receipt (一票制). */
@PrimaryPort
public interface CollectFeesUseCase {

    CaseView collect(CollectFeesCommand command);
}
