package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Completes the step under way (环节办结); the next step begins. */
@PrimaryPort
public interface CompleteCaseStepUseCase {

    CaseView completeStep(CompleteCaseStepCommand command);
}
