package org.openhall.participation.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Selects a hearing's representatives once registration has closed; the list (names masked) becomes public. */
@PrimaryPort
public interface SelectRepresentativesUseCase {

    HearingView selectRepresentatives(SelectRepresentativesCommand command);
}
