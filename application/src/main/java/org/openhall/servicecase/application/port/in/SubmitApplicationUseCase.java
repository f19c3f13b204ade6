package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Receives an application at a window (窗口收件). */
@PrimaryPort
public interface SubmitApplicationUseCase {

    CaseView submit(SubmitApplicationCommand command);
}
