package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Refers a consultation to the competent department (首问转办). */
@PrimaryPort
public interface ReferConsultationUseCase {

    ConsultationView refer(ReferConsultationCommand command);
}
