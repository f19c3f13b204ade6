package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Turns a consultation into an application: the case is received through
 * {@link SubmitApplicationUseCase} and the consultation records it, both or neither.
 */
@PrimaryPort
public interface ConvertConsultationToApplicationUseCase {

    ConsultationView convert(ConvertConsultationToApplicationCommand command);
}
