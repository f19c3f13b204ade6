package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Ends the special procedure under way; the due dates move by the paused working days. */
@PrimaryPort
public interface ResumeCaseUseCase {

    CaseView resume(ResumeCaseCommand command);
}
