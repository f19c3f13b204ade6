package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Receives an invited pre-application at the window: the case is created through
 * {@link SubmitApplicationUseCase} and the pre-application records it, both or neither.
 */
@PrimaryPort
public interface ReceivePreApplicationUseCase {

    PreApplicationView receive(ReceivePreApplicationCommand command);
}
